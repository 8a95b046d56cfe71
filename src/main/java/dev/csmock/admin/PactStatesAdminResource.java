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
import java.util.HashMap;
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
    public Applied change(StateChange change) {
        StateChange body = change == null ? new StateChange(null, null, null, null) : change;
        return apply(body.name(), body.params(), body.action());
    }

    @POST
    @Operation(summary = "The same, with the state in query parameters (pact-jvm's stateChangeUsesBody=false)")
    public Applied changeByQuery(@QueryParam("state") String state, @QueryParam("action") String action,
            @QueryParam("accountSid") String accountSid) {
        Map<String, Object> params = new HashMap<>();
        if (accountSid != null) {
            params.put("accountSid", accountSid);
        }
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
