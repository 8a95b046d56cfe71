package dev.csmock.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The mock's answer to a verification: whether it holds, how many requests matched, what was
 * expected ({@code exactly 1}), a message that reads like a test failure, and the closest
 * requests that did not match, with what differed.
 */
public record VerificationResult(boolean holds, int count, String expected, String message, JsonNode closest) {

    static VerificationResult of(JsonNode json) {
        return new VerificationResult(json.path("holds").asBoolean(), json.path("count").asInt(),
                json.path("expected").asText(), json.path("message").asText(), json.path("closest"));
    }
}
