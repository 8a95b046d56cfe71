package dev.csmock.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one value of a {@link RequestPattern} must look (SPEC §7.1; the names of WireMock's string
 * matchers): {@code withParam("FriendlyName", matching("arch.*"))}. Every matcher but
 * {@link #absent()} needs the value to have been sent. The mock checks them; an invalid regular
 * expression is refused by the mock with a message naming it.
 */
public final class ValueMatcher {

    private final Object json;

    private ValueMatcher(Object json) {
        this.json = json;
    }

    /** Equal to this value, as sent (after decoding). */
    public static ValueMatcher equalTo(String value) {
        return new ValueMatcher(Objects.requireNonNull(value, "value; use absent() for a value not sent"));
    }

    /** Equal to this value ignoring case. */
    public static ValueMatcher equalToIgnoreCase(String value) {
        return object("equalTo", Objects.requireNonNull(value, "value"), true);
    }

    /** Matched whole by this Java regular expression. */
    public static ValueMatcher matching(String regex) {
        return object("matches", Objects.requireNonNull(regex, "regex"), false);
    }

    /** Sent, and not matched whole by this Java regular expression. */
    public static ValueMatcher notMatching(String regex) {
        return object("doesNotMatch", Objects.requireNonNull(regex, "regex"), false);
    }

    /** Containing this text. */
    public static ValueMatcher containing(String text) {
        return object("contains", Objects.requireNonNull(text, "text"), false);
    }

    /** Sent, with any value. */
    public static ValueMatcher present() {
        return object("present", true, false);
    }

    /** Not sent. */
    public static ValueMatcher absent() {
        return new ValueMatcher(null);
    }

    private static ValueMatcher object(String key, Object argument, boolean caseInsensitive) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(key, argument);
        if (caseInsensitive) {
            json.put("caseInsensitive", true);
        }
        return new ValueMatcher(Collections.unmodifiableMap(json));
    }

    /** The matcher as the mock reads it: a string, null, or a matcher object. */
    Object json() {
        return json;
    }

    @Override
    public String toString() {
        return String.valueOf(json);
    }
}
