package dev.csmock.verification;

import com.fasterxml.jackson.databind.JsonNode;
import dev.csmock.errors.MockException;
import dev.csmock.journal.JournalEntry;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a journaled request must look like (SPEC §7, §7.1); every matcher is optional. A value
 * under {@code params}, {@code headers} (names case-insensitive, values as the client sent them)
 * or {@code credential} (the Basic-auth user name the request authenticated with) is a
 * {@link ValueMatcher}: a string (equal), {@code null} (not sent) or a matcher object.
 * {@code status} is the HTTP status answered: absent matches any, {@code null} matches only a
 * request ended by a connection fault (kept as a JSON node so that the two can be told apart).
 * {@code faulted} is whether a rule fired on the request, a delay-only rule included.
 */
@RegisterForReflection
public record RequestPattern(String resource, String method, JsonNode status, Boolean faulted,
        Map<String, ValueMatcher> params, Map<String, ValueMatcher> headers, ValueMatcher credential) {

    /** The actual value of a parameter whose request body the journal could not read whole. */
    static final String UNKNOWN = "(unknown: the body was not kept whole or does not decode)";

    /** One way in which a request differs from the pattern: the field, the matcher as written, what the request had. */
    @RegisterForReflection
    public record Difference(String field, Object expected, Object actual) {
    }

    /** What is wrong with the matchers themselves, one line each, prefixed with {@code prefix}. */
    List<String> problems(String prefix) {
        List<String> problems = new ArrayList<>();
        if (resource != null && !resource.equals("CompositionSettings") && !resource.equals("RecordingSettings")) {
            problems.add(prefix + "resource: must be CompositionSettings or RecordingSettings");
        }
        if (method != null && method.isBlank()) {
            problems.add(prefix + "method: must be an HTTP method such as GET or POST");
        }
        if (status != null && !status.isNull() && !(status.canConvertToInt() && status.isIntegralNumber())) {
            problems.add(prefix + "status: must be an HTTP status, or null for a request ended by a connection fault");
        }
        matchers().forEach((field, matcher) -> {
            if (matcher.problem() != null) {
                problems.add(prefix + field + ": " + matcher.problem());
            }
        });
        return problems;
    }

    /** Every value matcher of the pattern by its field ({@code params.FriendlyName}, {@code headers.User-Agent}, {@code credential}). */
    private Map<String, ValueMatcher> matchers() {
        Map<String, ValueMatcher> matchers = new LinkedHashMap<>();
        if (params != null) {
            params.forEach((name, matcher) -> matchers.put("params." + name, matcher));
        }
        if (headers != null) {
            headers.forEach((name, matcher) -> matchers.put("headers." + name, matcher));
        }
        if (credential != null) {
            matchers.put("credential", credential);
        }
        return matchers;
    }

    /** Whether the request matches; throws a 400 when a regular expression runs over its budget on it. */
    boolean matches(JournalEntry entry) {
        return differences(entry).isEmpty();
    }

    /** The ways in which the request differs from this pattern; empty when it matches. */
    List<Difference> differences(JournalEntry entry) {
        List<Difference> differences = new ArrayList<>();
        if (method != null && !method.toUpperCase(Locale.ROOT).equals(entry.method())) {
            differences.add(new Difference("method", method.toUpperCase(Locale.ROOT), entry.method()));
        }
        if (resource != null && !resource.equals(entry.resource())) {
            differences.add(new Difference("resource", resource, entry.resource()));
        }
        if (status != null) {
            Integer expected = status.isNull() ? null : status.intValue();
            if (!Objects.equals(expected, entry.status())) {
                differences.add(new Difference("status", expected, entry.status()));
            }
        }
        if (faulted != null && faulted != (entry.faultId() != null)) {
            differences.add(new Difference("faulted", faulted, entry.faultId() != null));
        }
        Optional<Map<String, List<String>>> known = params == null || params.isEmpty() ? Optional.empty()
                : entry.knownParams();
        if (params != null && !params.isEmpty() && known.isEmpty()) {
            // a body kept in part, or one that does not decode: no parameter is known, not even as "not sent"
            params.forEach((name, matcher) -> differences.add(new Difference("params." + name, matcher.written(), UNKNOWN)));
        } else if (known.isPresent()) {
            Map<String, List<String>> sent = known.get();
            params.forEach((name, matcher) -> {
                List<String> values = sent.get(name);
                String actual = values == null || values.isEmpty() ? null : values.get(0);
                compare("params." + name, matcher, actual, actual, differences);
            });
        }
        if (headers != null) {
            headers.forEach((name, matcher) -> compare("headers." + name, matcher, entry.headerAsSent(name),
                    entry.headerAsShown(name), differences));
        }
        if (credential != null) {
            compare("credential", credential, entry.credential(), entry.credential(), differences);
        }
        return differences;
    }

    /** Adds a difference when the value fails the matcher; {@code shown} is what a near miss reports (no secret). */
    private static void compare(String field, ValueMatcher matcher, String actual, String shown, List<Difference> differences) {
        boolean matches;
        try {
            matches = matcher.test(actual);
        } catch (BoundedInput.TooSlow slow) {
            throw MockException.invalid("Invalid request pattern", List.of(field + ": the regular expression read more than "
                    + BoundedInput.BUDGET + " characters on one value (it backtracks too much): write it without nested repetition"));
        }
        if (!matches) {
            differences.add(new Difference(field, matcher.written(), shown));
        }
    }

    /** The pattern in words: {@code POST CompositionSettings with FriendlyName=archive answered 200}. */
    String describe() {
        List<String> words = new ArrayList<>();
        words.add(method == null ? "request" : method.toUpperCase(Locale.ROOT));
        if (resource != null) {
            words.add(resource);
        }
        List<String> values = new ArrayList<>();
        if (params != null) {
            params.forEach((name, matcher) -> values.add(matcher.describe(name)));
        }
        if (headers != null) {
            headers.forEach((name, matcher) -> values.add(matcher.describe("header " + name)));
        }
        if (credential != null) {
            values.add(credential.describe("credential"));
        }
        if (!values.isEmpty()) {
            words.add("with " + String.join(", ", values));
        }
        if (status != null) {
            words.add(status.isNull() ? "ended by a connection fault" : "answered " + status.intValue());
        }
        if (faulted != null) {
            words.add(faulted ? "on which a rule fired" : "on which no rule fired");
        }
        return String.join(" ", words);
    }

    /** A request in the words of the pattern's fields: {@code POST with FriendlyName=archve}. */
    static String describe(JournalEntry entry, List<Difference> differences) {
        StringBuilder text = new StringBuilder(entry.method());
        boolean otherResource = differences.stream().anyMatch(difference -> difference.field().equals("resource"));
        if (otherResource && entry.resource() != null) {
            text.append(' ').append(entry.resource());
        }
        List<String> shown = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Difference difference : differences) {
            String field = difference.field();
            Object actual = difference.actual();
            if (field.startsWith("params.") || field.startsWith("headers.") || field.equals("credential")) {
                String name = field.startsWith("params.") ? field.substring("params.".length())
                        : field.startsWith("headers.") ? "header " + field.substring("headers.".length()) : field;
                shown.add(actual == null ? name + " not sent" : name + "=" + actual);
            } else if (!field.equals("method") && !field.equals("resource")) {
                others.add(field + " " + actual);
            }
        }
        if (!shown.isEmpty()) {
            text.append(" with ").append(String.join(", ", shown));
        }
        if (!others.isEmpty()) {
            text.append(" (").append(String.join(", ", others)).append(')');
        }
        return text.toString();
    }
}
