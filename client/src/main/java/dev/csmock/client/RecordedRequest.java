package dev.csmock.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the mock's journal: its {@code Twilio-Request-Id}, what was sent (method, path,
 * form parameters, headers with the password redacted) and how it ended ({@code status} null when a
 * connection fault ended it; {@code faultId} the rule that fired, if any, and {@code faultReason} why:
 * {@code quota}, {@code concurrency}, {@code window}, {@code probability}, {@code times}; {@code outcome}:
 * {@code answered}, {@code connection-fault} or {@code client-left}; {@code credential} the Basic-auth
 * user name the request authenticated with, an Account SID or an API key {@code SK…}).
 */
public record RecordedRequest(String id, String time, String method, String path, String resource, String account,
        Integer status, long durationMs, String faultId, Map<String, String> params, Map<String, String> headers,
        boolean truncated, String faultReason, String outcome, String credential) {

    static RecordedRequest of(JsonNode json) {
        return new RecordedRequest(text(json, "id"), text(json, "time"), text(json, "method"), text(json, "path"),
                text(json, "resource"), text(json, "account"),
                json.path("status").isNumber() ? json.path("status").asInt() : null,
                json.path("durationMs").asLong(), text(json, "faultId"), strings(json.path("params")),
                strings(json.path("headers")), json.path("truncated").asBoolean(), text(json, "faultReason"),
                text(json, "outcome"), text(json, "credential"));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }
}
