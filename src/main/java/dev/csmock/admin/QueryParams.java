package dev.csmock.admin;

import dev.csmock.errors.MockException;
import java.util.List;

/**
 * Admin query parameters read by hand, so that a value of the wrong type is a 400 that names the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
final class QueryParams {

    private QueryParams() {
    }

    static Integer integer(String name, String value) {
        return value == null ? null : (int) whole(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static Long number(String name, String value) {
        return value == null ? null : whole(name, value, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** A count: a whole number from 0, {@code fallback} when absent. */
    static int count(String name, String value, int fallback) {
        return value == null ? fallback : (int) whole(name, value, 0, Integer.MAX_VALUE);
    }

    static Boolean bool(String name, String value) {
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw invalid(name, "true or false", value);
    }

    private static long whole(String name, String value, long min, long max) {
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, min == 0 ? "a whole number, 0 or more" : "a whole number", value);
        }
        if (parsed < min || parsed > max) {
            throw invalid(name, "a whole number from " + min + " to " + max, value);
        }
        return parsed;
    }

    private static MockException invalid(String name, String expected, String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return MockException.invalid("Invalid query", List.of(name + ": must be " + expected + ", got '" + shown + "'"));
    }
}
