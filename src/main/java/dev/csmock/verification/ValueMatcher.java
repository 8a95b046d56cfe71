package dev.csmock.verification;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How one value of a request pattern must look (SPEC §7.1, after WireMock's string matchers): a
 * string (equal, as sent), {@code null} (not sent), or one matcher object — {@code equalTo} (with
 * {@code caseInsensitive}), {@code matches} and {@code doesNotMatch} (a Java regular expression over
 * the whole value), {@code contains}, {@code present} or {@code absent}. Every matcher but
 * {@code absent} needs the value to have been sent. A matcher that cannot be understood is kept as
 * {@link Invalid}, so that a pattern lists every problem at once (a 400) instead of failing on the first.
 */
@JsonDeserialize(using = ValueMatcher.Reader.class)
public sealed interface ValueMatcher {

    /** The keys of a matcher object, as the 400 lists them. */
    String KEYS = "equalTo (with caseInsensitive), matches, doesNotMatch, contains, present or absent";

    /** Whether a value (null: not sent) satisfies this matcher. */
    boolean test(String actual);

    /** The matcher in words, after the value's name: {@code FriendlyName matching arch.*}. */
    String describe(String name);

    /** The matcher as the client wrote it, shown as {@code expected} in a near miss. */
    JsonNode written();

    /** Why this matcher cannot be used, or null when it can. */
    default String problem() {
        return null;
    }

    /** The value was sent, equal to this one (ignoring case when asked). */
    record EqualTo(String value, boolean caseInsensitive, JsonNode written) implements ValueMatcher {
        @Override
        public boolean test(String actual) {
            return actual != null && (caseInsensitive ? actual.equalsIgnoreCase(value) : actual.equals(value));
        }

        @Override
        public String describe(String name) {
            return name + "=" + value + (caseInsensitive ? " (ignoring case)" : "");
        }
    }

    /** The value was sent and contains this text. */
    record Contains(String value, JsonNode written) implements ValueMatcher {
        @Override
        public boolean test(String actual) {
            return actual != null && actual.contains(value);
        }

        @Override
        public String describe(String name) {
            return name + " containing " + value;
        }
    }

    /** The value was sent and the regular expression matches it whole ({@code matches}), or does not ({@code doesNotMatch}). */
    record Regex(Pattern pattern, boolean negated, JsonNode written) implements ValueMatcher {
        @Override
        public boolean test(String actual) {
            return actual != null && BoundedInput.matches(pattern, actual) != negated;
        }

        @Override
        public String describe(String name) {
            return name + (negated ? " not matching " : " matching ") + pattern.pattern();
        }
    }

    /** The value was sent (any value), or was not. */
    record Presence(boolean sent, JsonNode written) implements ValueMatcher {
        @Override
        public boolean test(String actual) {
            return (actual != null) == sent;
        }

        @Override
        public String describe(String name) {
            return name + (sent ? " sent" : " not sent");
        }
    }

    /** A matcher that cannot be understood: the pattern is refused with this problem. */
    record Invalid(String problem, JsonNode written) implements ValueMatcher {
        @Override
        public boolean test(String actual) {
            return false;
        }

        @Override
        public String describe(String name) {
            return name + " " + written;
        }
    }

    /** The matcher a JSON value stands for; never throws: what is wrong becomes an {@link Invalid}. */
    static ValueMatcher of(JsonNode node) {
        if (node == null || node.isNull()) {
            return new Presence(false, NullNode.getInstance());
        }
        if (node.isTextual()) {
            return new EqualTo(node.textValue(), false, node);
        }
        if (!node.isObject()) {
            return new Invalid("must be a string, null (not sent) or a matcher object with " + KEYS, node);
        }
        List<String> kinds = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String key = names.next();
            if (!key.equals("caseInsensitive")) {
                kinds.add(key);
            }
        }
        if (kinds.size() != 1) {
            return new Invalid(kinds.isEmpty() ? "give one matcher: " + KEYS
                    : "give one matcher, not " + String.join(" and ", kinds), node);
        }
        String kind = kinds.get(0);
        JsonNode argument = node.get(kind);
        JsonNode caseInsensitive = node.get("caseInsensitive");
        if (caseInsensitive != null && !(kind.equals("equalTo") && caseInsensitive.isBoolean())) {
            return new Invalid(kind.equals("equalTo") ? "caseInsensitive must be true or false"
                    : "caseInsensitive goes with equalTo only", node);
        }
        return switch (kind) {
            case "equalTo", "contains", "matches", "doesNotMatch" -> argument.isTextual() ? withText(kind, argument.textValue(),
                    caseInsensitive != null && caseInsensitive.booleanValue(), node)
                    : new Invalid(kind + " must be a string", node);
            case "present", "absent" -> argument.isBoolean() ? new Presence(argument.booleanValue() == kind.equals("present"), node)
                    : new Invalid(kind + " must be true or false", node);
            default -> new Invalid("unknown matcher " + kind + "; use " + KEYS, node);
        };
    }

    private static ValueMatcher withText(String kind, String text, boolean caseInsensitive, JsonNode written) {
        switch (kind) {
            case "equalTo":
                return new EqualTo(text, caseInsensitive, written);
            case "contains":
                return new Contains(text, written);
            default:
                try {
                    return new Regex(Pattern.compile(text), kind.equals("doesNotMatch"), written);
                } catch (PatternSyntaxException e) {
                    return new Invalid(kind + " is not a valid Java regular expression: " + e.getDescription()
                            + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""), written);
                }
        }
    }

    /** Matchers are read from JSON through {@link #of}; JSON {@code null} is "not sent", an absent field no matcher. */
    final class Reader extends StdDeserializer<ValueMatcher> {

        public Reader() {
            super(ValueMatcher.class);
        }

        @Override
        public ValueMatcher deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return of(parser.readValueAsTree());
        }

        @Override
        public ValueMatcher getNullValue(DeserializationContext context) {
            return of(NullNode.getInstance());
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
