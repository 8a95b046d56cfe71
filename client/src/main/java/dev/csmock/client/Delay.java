package dev.csmock.client;

import java.util.List;
import java.util.Map;

/** A delay of a fault rule (SPEC §2.1): fixed, uniform between two bounds, or lognormal with a cap. */
public final class Delay {

    private final Map<String, Object> json;

    private Delay(Map<String, Object> json) {
        this.json = json;
    }

    public static Delay fixed(long millis) {
        return new Delay(Map.of("fixedMs", millis));
    }

    public static Delay uniform(long minMillis, long maxMillis) {
        return new Delay(Map.of("uniformMs", List.of(minMillis, maxMillis)));
    }

    public static Delay lognormal(long medianMillis, double sigma, long maxMillis) {
        return new Delay(Map.of("lognormal", Map.of("medianMs", medianMillis, "sigma", sigma, "maxMs", maxMillis)));
    }

    Map<String, Object> json() {
        return json;
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
