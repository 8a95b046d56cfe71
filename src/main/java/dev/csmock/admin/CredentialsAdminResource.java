package dev.csmock.admin;

import dev.csmock.accounts.Credential;
import dev.csmock.accounts.CredentialStore;
import dev.csmock.errors.MockException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /__admin/credentials}: Account SIDs with tokens and API keys with secrets (SPEC §1.2, §3). */
@Path("/__admin/credentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: credentials", description = "Credentials checked in strict mode, and API keys")
public class CredentialsAdminResource {

    private final CredentialStore credentials;

    public CredentialsAdminResource(CredentialStore credentials) {
        this.credentials = credentials;
    }

    /** A credential without its password. */
    @RegisterForReflection
    public record Listing(String username, String account) {
        static Listing of(Credential credential) {
            return new Listing(credential.username(), credential.account());
        }
    }

    @GET
    @Operation(summary = "List credentials (passwords are never shown)")
    public List<Listing> list() {
        return credentials.all().stream().map(Listing::of).sorted(Comparator.comparing(Listing::username)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or replace a credential: {\"username\": \"AC…\" or \"SK…\", \"password\": \"…\", \"account\": \"AC…\" for SK}")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Invalid credential")
    public Response add(Credential credential) {
        if (credential == null) {
            throw MockException.invalid("Invalid credential", List.of("the body must be a credential object"));
        }
        credentials.add(credential);
        return Response.status(201).entity(Listing.of(credential)).build();
    }

    @DELETE
    @Operation(summary = "Remove one credential (?username=) or all of them")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such credential")
    public Response remove(@QueryParam("username") String username) {
        if (username == null) {
            credentials.all().forEach(credential -> credentials.remove(credential.username()));
        } else if (!credentials.remove(username)) {
            throw MockException.notFound("No credential for " + username);
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Remove one credential")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such credential")
    public Response removeOne(@PathParam("username") String username) {
        return remove(username);
    }
}
