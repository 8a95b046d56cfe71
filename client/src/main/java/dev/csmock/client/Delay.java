package dev.csmock.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A delay of a fault rule (SPEC §2.1, §2.2): fixed, uniform between two bounds, lognormal with a cap,
 * or a ramp over time.
 */
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

    /**
     * A delay that moves linearly from {@code from} to {@code to} over {@code over} from the rule's
     * installation, on the mock's clock (the delay itself is waited in real time).
     */
    public static Delay ramp(Duration from, Duration to, Duration over) {
        return new Delay(Map.of("rampMs", Map.of("fromMs", from.toMillis(), "toMs", to.toMillis(), "overMs", over.toMillis())));
    }

    Map<String, Object> json() {
        return json;
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
