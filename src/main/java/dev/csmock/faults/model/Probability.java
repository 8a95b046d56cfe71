package dev.csmock.faults.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.AssertTrue;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A rule's probability (SPEC §2.1, §2.2): a number from 0 to 1, or a ramp
 * {@code {"from": p0, "to": p1, "overMs": t}} that rises (or falls) linearly from the rule's
 * installation over {@code t} ms, then stays at {@code to}.
 */
@RegisterForReflection
public record Probability(Double value, Double from, Double to, Long overMs) {

    private static final Set<String> RAMP_FIELDS = Set.of("from", "to", "overMs");

    public static Probability of(double value) {
        return new Probability(value, null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Probability fromJson(JsonNode node) {
        if (node.isNumber()) {
            return of(node.doubleValue());
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("must be a number from 0 to 1, or {\"from\", \"to\", \"overMs\"}");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!RAMP_FIELDS.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "' (a ramp has from, to and overMs)");
            }
        }
        JsonNode from = node.get("from");
        JsonNode to = node.get("to");
        JsonNode over = node.get("overMs");
        if (from == null || !from.isNumber() || to == null || !to.isNumber() || over == null || !over.canConvertToLong()
                || !over.isIntegralNumber()) {
            throw new IllegalArgumentException("a ramp needs from and to (numbers from 0 to 1) and overMs (a whole number)");
        }
        return new Probability(null, from.doubleValue(), to.doubleValue(), over.longValue());
    }

    @JsonValue
    Object json() {
        if (value != null) {
            return value;
        }
        Map<String, Object> ramp = new LinkedHashMap<>();
        ramp.put("from", from);
        ramp.put("to", to);
        ramp.put("overMs", overMs);
        return ramp;
    }

    @JsonIgnore
    public boolean isRamp() {
        return value == null;
    }

    @JsonIgnore
    @AssertTrue(message = "must be between 0 and 1 (a ramp's from and to too), and a ramp's overMs at least 1")
    public boolean isInRange() {
        if (value != null) {
            return value >= 0 && value <= 1;
        }
        return from >= 0 && from <= 1 && to >= 0 && to <= 1 && overMs >= 1;
    }

    /** The probability {@code elapsedMs} after the rule was installed. */
    public double at(long elapsedMs) {
        if (value != null) {
            return value;
        }
        return Ramps.at(from, to, overMs, elapsedMs);
    }
}
