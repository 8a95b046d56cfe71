package dev.csmock.verification;

import com.fasterxml.jackson.databind.JsonNode;
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
 * What a journaled request must look like (SPEC §7); every matcher is optional. {@code params}
 * values match exactly after decoding, a null value meaning "not sent". {@code status} is the
 * HTTP status answered: absent matches any, {@code null} matches only a request ended by a
 * connection fault (kept as a JSON node so that the two can be told apart). {@code faulted} is
 * whether a rule fired on the request, a delay-only rule included.
 */
@RegisterForReflection
public record RequestPattern(String resource, String method, JsonNode status, Boolean faulted,
        Map<String, String> params) {

    /** The actual value of a parameter whose request body the journal could not read whole. */
    static final String UNKNOWN = "(unknown: the body was not kept whole or does not decode)";

    /** One way in which a request differs from the pattern. */
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
        return problems;
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
            params.forEach((name, expected) -> differences.add(new Difference("params." + name, expected, UNKNOWN)));
        } else if (known.isPresent()) {
            Map<String, List<String>> sent = known.get();
            params.forEach((name, expected) -> {
                List<String> values = sent.get(name);
                String actual = values == null || values.isEmpty() ? null : values.get(0);
                if (!Objects.equals(expected, actual)) {
                    differences.add(new Difference("params." + name, expected, actual));
                }
            });
        }
        return differences;
    }

    /** The pattern in words: {@code POST CompositionSettings with FriendlyName=archive answered 200}. */
    String describe() {
        List<String> words = new ArrayList<>();
        words.add(method == null ? "request" : method.toUpperCase(Locale.ROOT));
        if (resource != null) {
            words.add(resource);
        }
        if (params != null && !params.isEmpty()) {
            words.add("with " + describeParams(params));
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
        Map<String, String> shown = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (Difference difference : differences) {
            if (difference.field().startsWith("params.")) {
                shown.put(difference.field().substring("params.".length()),
                        difference.actual() == null ? null : difference.actual().toString());
            } else if (!difference.field().equals("method") && !difference.field().equals("resource")) {
                others.add(difference.field() + " " + difference.actual());
            }
        }
        if (!shown.isEmpty()) {
            text.append(" with ").append(describeParams(shown));
        }
        if (!others.isEmpty()) {
            text.append(" (").append(String.join(", ", others)).append(')');
        }
        return text.toString();
    }

    private static String describeParams(Map<String, String> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((name, value) -> pairs.add(value == null ? name + " not sent" : name + "=" + value));
        return String.join(", ", pairs);
    }
}
