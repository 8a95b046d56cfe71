package dev.csmock.verification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/**
 * {@code POST /__admin/requests/verify} (SPEC §7): an account, the matchers of a
 * {@link RequestPattern}, and how many such requests are expected.
 */
@RegisterForReflection
public record Verification(String account, String resource, String method, JsonNode status, Boolean faulted,
        Map<String, ValueMatcher> params, Map<String, ValueMatcher> headers, ValueMatcher credential, Times times) {

    RequestPattern pattern() {
        return new RequestPattern(resource, method, status, faulted, params, headers, credential);
    }

    Times timesOrDefault() {
        return times == null ? Times.AT_LEAST_ONCE : times;
    }
}
