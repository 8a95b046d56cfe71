package dev.csmock.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fault rule as the mock holds it: its id, its account, how often it fired, how many uses it has
 * left (null when unlimited), and the whole rule as JSON.
 */
public record InstalledFault(String id, String account, long hits, Long remaining, JsonNode rule) {

    static InstalledFault of(JsonNode json) {
        JsonNode remaining = json.path("remaining");
        return new InstalledFault(json.path("id").asText(), json.path("account").asText(), json.path("hits").asLong(),
                remaining.isNumber() ? remaining.asLong() : null, json);
    }

    /** Whether the rule was inside its window ({@code startsAfterMs}, {@code activeForMs}) when it was read. */
    public boolean active() {
        return rule.path("active").asBoolean(true);
    }
}
