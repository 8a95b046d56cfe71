package dev.csmock.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.List;

/**
 * How many matching requests a verification expects (SPEC §7): {@code exactly}, or
 * {@code atLeast} and/or {@code atMost}. Absent means {@code {"atLeast": 1}}.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Times(Integer exactly, Integer atLeast, Integer atMost) {

    public static final Times AT_LEAST_ONCE = new Times(null, 1, null);

    /** What is wrong with these bounds, one line each (empty when they are usable). */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (exactly != null && (atLeast != null || atMost != null)) {
            problems.add("times: give exactly, or atLeast and/or atMost, not both");
        }
        if (exactly == null && atLeast == null && atMost == null) {
            problems.add("times: give exactly, atLeast or atMost (leave times out for at least 1)");
        }
        for (Integer bound : new Integer[] {exactly, atLeast, atMost}) {
            if (bound != null && bound < 0) {
                problems.add("times: bounds must be 0 or more");
                break;
            }
        }
        if (atLeast != null && atMost != null && atLeast > atMost) {
            problems.add("times: atLeast (" + atLeast + ") is more than atMost (" + atMost + ")");
        }
        return problems;
    }

    int lower() {
        return exactly != null ? exactly : atLeast != null ? atLeast : 0;
    }

    /** The upper bound, or null when there is none. */
    Integer upper() {
        return exactly != null ? exactly : atMost;
    }

    boolean holds(int count) {
        Integer upper = upper();
        return count >= lower() && (upper == null || count <= upper);
    }

    /** {@code exactly 1}, {@code at least 2}, {@code at most 0}, {@code between 1 and 3}. */
    String describe() {
        if (exactly != null) {
            return "exactly " + exactly;
        }
        if (atMost == null) {
            return "at least " + atLeast;
        }
        if (atLeast == null) {
            return "at most " + atMost;
        }
        return atLeast.equals(atMost) ? "exactly " + atMost : "between " + atLeast + " and " + atMost;
    }
}
