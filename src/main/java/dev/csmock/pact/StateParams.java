package dev.csmock.pact;

import dev.csmock.errors.MockException;
import java.util.List;
import java.util.Map;

/** Provider-state params as verifiers send them: JSON values, or strings for every type. */
final class StateParams {

    private final Map<String, ?> values;

    StateParams(Map<String, ?> values) {
        this.values = values == null ? Map.of() : values;
    }

    String text(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    Boolean bool(String name) {
        Object value = values.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value.toString();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw invalid(name, "true or false", value);
    }

    Long number(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw invalid(name, "a whole number", value);
        }
    }

    private static MockException invalid(String name, String expected, Object value) {
        return MockException.invalid("Invalid provider state params",
                List.of("params." + name + ": must be " + expected + ", got " + value));
    }
}
