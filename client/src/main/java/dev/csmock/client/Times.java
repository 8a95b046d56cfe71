package dev.csmock.client;

import java.util.LinkedHashMap;
import java.util.Map;

/** How many matching requests a verification expects (SPEC §7). */
public final class Times {

    private final Map<String, Object> json;

    private Times(Map<String, Object> json) {
        this.json = json;
    }

    public static Times exactly(int count) {
        return new Times(Map.of("exactly", count));
    }

    public static Times once() {
        return exactly(1);
    }

    public static Times atLeast(int count) {
        return new Times(Map.of("atLeast", count));
    }

    public static Times atMost(int count) {
        return new Times(Map.of("atMost", count));
    }

    /** No such request at all. */
    public static Times never() {
        return atMost(0);
    }

    public static Times between(int atLeast, int atMost) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("atLeast", atLeast);
        json.put("atMost", atMost);
        return new Times(json);
    }

    Map<String, Object> json() {
        return json;
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
