package dev.csmock.pact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * A state-change body as Pact verifiers send it: {@code {"state", "params", "action"}} from
 * pact-jvm, pact-js and the Rust-based CLI, or {@code {"states": [...]}} from the Ruby verifier.
 * Other fields (e.g. {@code consumer}) are ignored.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record StateChange(String state, List<String> states, Map<String, Object> params, String action) {

    /** The state to apply: {@code state}, or the first of {@code states}. */
    public String name() {
        if (state != null) {
            return state;
        }
        return states == null || states.isEmpty() ? null : states.get(0);
    }

    public boolean isTeardown() {
        return "teardown".equalsIgnoreCase(action);
    }
}
