package dev.csmock.admin;

import dev.csmock.errors.MockException;
import dev.csmock.settings.SettingsKind;
import dev.csmock.state.AccountState;
import dev.csmock.state.SeedSettings;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /__admin/accounts}: list accounts, read/seed/clear one resource, forget an account (SPEC §3). */
@Path("/__admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: accounts", description = "Per-account settings state")
public class AccountsAdminResource {

    static final int MAX_PAGE = 1000;

    private final AccountState state;

    public AccountsAdminResource(AccountState state) {
        this.state = state;
    }

    @GET
    @Operation(summary = "Accounts seen, seeded or with rules, with their settings and counts, ordered by SID",
            description = "A page of at most limit accounts from offset; the X-Total-Count header gives how many there are in all.")
    @APIResponse(responseCode = "200", description = "One page of accounts; header X-Total-Count")
    @APIResponse(responseCode = "400", description = "Invalid limit or offset")
    public Response list(@Parameter(description = "How many accounts at most (1-1000, default 100)")
            @QueryParam("limit") String limitText,
            @Parameter(description = "How many accounts to skip (default 0)")
            @QueryParam("offset") String offsetText) {
        int limit = QueryParams.count("limit", limitText, 100);
        int offset = QueryParams.count("offset", offsetText, 0);
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            throw MockException.invalid("Invalid query", List.of("limit: 1 to " + MAX_PAGE + ", offset: 0 or more"));
        }
        AccountState.Page page = state.accounts(offset, limit);
        return Response.ok(page.accounts()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{sid}/{resource}")
    @Operation(summary = "Read one resource of one account")
    @APIResponse(responseCode = "404", description = "Not configured, or no such resource")
    public SeedSettings read(@PathParam("sid") String sid, @PathParam("resource") String resource) {
        return state.read(sid, kind(resource))
                .orElseThrow(() -> MockException.notFound(resource + " of " + sid + " is not configured"));
    }

    @PUT
    @Path("{sid}/{resource}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Seed one resource of one account (the snake_case fields of a Twilio response)")
    @APIResponse(responseCode = "200", description = "The stored settings")
    @APIResponse(responseCode = "400", description = "Invalid settings")
    public SeedSettings seed(@PathParam("sid") String sid, @PathParam("resource") String resource, SeedSettings settings) {
        if (settings == null) {
            throw MockException.invalid("Invalid settings", List.of("the body must be a settings object"));
        }
        return state.seed(sid, kind(resource), settings);
    }

    @DELETE
    @Path("{sid}/{resource}")
    @Operation(summary = "Clear one resource of one account")
    @APIResponse(responseCode = "204", description = "Cleared (also when it was not configured)")
    public Response clear(@PathParam("sid") String sid, @PathParam("resource") String resource) {
        state.clear(sid, kind(resource));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{sid}")
    @Operation(summary = "Forget an account: its settings, its fault rules and its journal entries")
    @APIResponse(responseCode = "204", description = "Forgotten")
    public Response forget(@PathParam("sid") String sid) {
        state.forget(sid);
        return Response.noContent().build();
    }

    private static SettingsKind kind(String resource) {
        return SettingsKind.named(resource).orElseThrow(() -> MockException.notFound(
                "No resource " + resource + ": use CompositionSettings or RecordingSettings"));
    }
}
