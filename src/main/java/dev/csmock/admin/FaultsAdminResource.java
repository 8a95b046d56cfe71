package dev.csmock.admin;

import dev.csmock.errors.MockException;
import dev.csmock.faults.FaultRegistry;
import dev.csmock.faults.model.FaultRuleSpec;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /__admin/faults}: create, list, read and remove fault rules (SPEC §2.1, §3). */
@Path("/__admin/faults")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: faults", description = "Fault rules: delays, statuses, malformed bodies, connection faults")
public class FaultsAdminResource {

    private final FaultRegistry faults;

    public FaultsAdminResource(FaultRegistry faults) {
        this.faults = faults;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a fault rule", description = "The server assigns the id (unless given) and the seed (unless given).")
    @APIResponse(responseCode = "201", description = "The installed rule")
    @APIResponse(responseCode = "400", description = "Invalid rule; the details name each broken field")
    @APIResponse(responseCode = "409", description = "A rule with that id exists")
    public Response create(FaultRuleSpec rule) {
        return Response.status(201).entity(FaultRuleView.of(faults.install(rule), faults.clock().nowMs())).build();
    }

    @GET
    @Operation(summary = "List fault rules, oldest first (all, or one account's own)")
    public List<FaultRuleView> list(@Parameter(description = "An Account SID or *") @QueryParam("account") String account) {
        return faults.list(account).stream().map(rule -> FaultRuleView.of(rule, faults.clock().nowMs())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one fault rule")
    @APIResponse(responseCode = "404", description = "No such rule")
    public FaultRuleView read(@PathParam("id") String id) {
        return faults.find(id).map(rule -> FaultRuleView.of(rule, faults.clock().nowMs())).orElseThrow(() -> noRule(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove one fault rule")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such rule")
    public Response remove(@PathParam("id") String id) {
        if (!faults.remove(id)) {
            throw noRule(id);
        }
        return Response.noContent().build();
    }

    @DELETE
    @Operation(summary = "Remove all fault rules, or one account's own")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeAll(@Parameter(description = "An Account SID or *") @QueryParam("account") String account) {
        faults.removeAll(account);
        return Response.noContent().build();
    }

    private static MockException noRule(String id) {
        return MockException.notFound("No fault rule with id " + id);
    }
}
