package dev.csmock.admin;

import dev.csmock.errors.MockException;
import dev.csmock.pact.ProviderStates;
import dev.csmock.pact.StateChange;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /__admin/pact/provider-states}: the state-change URL for any Pact verifier (SPEC §3.1). */
@Path("/__admin/pact/provider-states")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: Pact", description = "Provider states for Pact verifiers")
public class PactStatesAdminResource {

    private final ProviderStates states;

    public PactStatesAdminResource(ProviderStates states) {
        this.states = states;
    }

    /** What was done, echoed back (verifiers may use it as provider-state values). */
    @RegisterForReflection
    public record Applied(String state, String action, Map<String, Object> params) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up or tear down a provider state: {\"state\": \"...\", \"params\": {\"accountSid\": \"AC...\"}, \"action\": \"setup\"}")
    @APIResponse(responseCode = "200", description = "Applied (an empty state is a no-op)")
    @APIResponse(responseCode = "400", description = "Unknown state (the details list the known ones) or invalid params")
    public Applied change(StateChange change, @Context UriInfo uri) {
        if (change == null) {
            // no body: the state is in the query (a verifier that sends a JSON Content-Type on an empty body)
            MultivaluedMap<String, String> query = uri.getQueryParameters();
            return changeByQuery(query.getFirst("state"), query.getFirst("action"), uri);
        }
        return apply(change.name(), change.params(), change.action());
    }

    @POST
    @Operation(summary = "The same, with the state in query parameters (pact-jvm's stateChangeUsesBody=false)",
            description = "state and action, and every other query parameter as one of the state's params"
                    + " (?state=the service fails&accountSid=AC…&status=500&times=2)")
    public Applied changeByQuery(@QueryParam("state") String state, @QueryParam("action") String action,
            @Context UriInfo uri) {
        Map<String, Object> params = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("state") && !name.equals("action") && !values.isEmpty()) {
                params.put(name, values.get(0));
            }
        });
        return apply(state, params, action);
    }

    private Applied apply(String state, Map<String, Object> params, String action) {
        String resolved = action == null ? "setup" : action.toLowerCase();
        if (!resolved.equals("setup") && !resolved.equals("teardown")) {
            throw MockException.invalid("Invalid action '" + action + "'", List.of("action: setup or teardown"));
        }
        states.apply(state, params, resolved.equals("teardown"));
        return new Applied(state, resolved, params == null ? Map.of() : params);
    }
}
