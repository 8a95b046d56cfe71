package dev.csmock.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The mock's answer to a verification: whether it holds, how many requests matched, what was
 * expected ({@code exactly 1}), a message that reads like a test failure, and the closest
 * requests that did not match, fewest differences first, with what differed.
 */
public record VerificationResult(boolean holds, int count, String expected, String message, List<NearMiss> closest) {

    /** A journaled request that did not match: its {@code Twilio-Request-Id}, the request in words, what differed. */
    public record NearMiss(String id, String request, List<Difference> differences) {
    }

    /**
     * One matcher the request failed: the field ({@code params.FriendlyName}, {@code headers.User-Agent},
     * {@code credential}, {@code method}, {@code status}, …), the matcher as written (a string, null, a
     * number, a boolean, or a matcher object as a {@code Map}) and what the request had (secrets redacted).
     */
    public record Difference(String field, Object expected, Object actual) {
    }

    static VerificationResult of(JsonNode json) {
        List<NearMiss> closest = new ArrayList<>();
        for (JsonNode near : json.path("closest")) {
            List<Difference> differences = new ArrayList<>();
            for (JsonNode difference : near.path("differences")) {
                differences.add(new Difference(difference.path("field").asText(), plain(difference.path("expected")),
                        plain(difference.path("actual"))));
            }
            closest.add(new NearMiss(near.path("id").asText(), near.path("request").asText(), List.copyOf(differences)));
        }
        return new VerificationResult(json.path("holds").asBoolean(), json.path("count").asInt(),
                json.path("expected").asText(), json.path("message").asText(), List.copyOf(closest));
    }

    private static Object plain(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return AdminHttp.JSON.treeToValue(value, Object.class);
        } catch (JsonProcessingException e) {
            return value.toString();
        }
    }
}
