package dev.csmock.verification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/**
 * {@code POST /__admin/requests/find} and {@code /count} (SPEC §7.1): the journal's requests that
 * match a pattern, with the matchers of a verification; {@code account} is optional here (every
 * account when absent), {@code limit} how many entries at most {@code find} returns.
 */
@RegisterForReflection
public record RequestSearch(String account, String resource, String method, JsonNode status, Boolean faulted,
        Map<String, ValueMatcher> params, Map<String, ValueMatcher> headers, ValueMatcher credential, Integer limit) {

    RequestPattern pattern() {
        return new RequestPattern(resource, method, status, faulted, params, headers, credential);
    }
}
