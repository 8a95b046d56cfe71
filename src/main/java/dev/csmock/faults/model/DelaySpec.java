package dev.csmock.faults.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A delay (SPEC §2.1, §2.2): exactly one of {@code {"fixedMs": n}}, {@code {"uniformMs": [min, max]}},
 * {@code {"lognormal": {"medianMs", "sigma", "maxMs"}}} and {@code {"rampMs": {"fromMs", "toMs",
 * "overMs"}}} (linear from the rule's installation, on the mock's clock). Each delay is at most 5 minutes.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DelaySpec(
        @PositiveOrZero @Max(value = MAX_MS, message = "must be at most 300000 (5 minutes)") Long fixedMs,
        @Size(min = 2, max = 2, message = "must be [min, max]")
        List<@NotNull @PositiveOrZero @Max(value = MAX_MS, message = "must be at most 300000 (5 minutes)") Long> uniformMs,
        @Valid Lognormal lognormal,
        @Valid Ramp rampMs) {

    /** A delay for one form, the others absent. */
    public static DelaySpec fixed(long ms) {
        return new DelaySpec(ms, null, null, null);
    }

    /** {@code fromMs} at installation, {@code toMs} after {@code overMs}, linear between, then {@code toMs}. */
    @RegisterForReflection
    public record Ramp(
            @NotNull(message = "is required") @PositiveOrZero
            @Max(value = MAX_MS, message = "must be at most 300000 (5 minutes)") Long fromMs,
            @NotNull(message = "is required") @PositiveOrZero
            @Max(value = MAX_MS, message = "must be at most 300000 (5 minutes)") Long toMs,
            @NotNull(message = "is required") @Positive Long overMs) {
    }

    public static final long MAX_MS = 300_000;

    /** {@code medianMs * exp(sigma * N(0,1))}, capped at {@code maxMs}. */
    @RegisterForReflection
    public record Lognormal(
            @NotNull(message = "is required") @Positive Double medianMs,
            @NotNull(message = "is required") @PositiveOrZero Double sigma,
            @NotNull(message = "is required") @Positive
            @Max(value = MAX_MS, message = "must be at most 300000 (5 minutes)") Long maxMs) {
    }

    @JsonIgnore
    @AssertTrue(message = "must have exactly one of fixedMs, uniformMs, lognormal and rampMs")
    public boolean isExactlyOneForm() {
        int forms = (fixedMs != null ? 1 : 0) + (uniformMs != null ? 1 : 0) + (lognormal != null ? 1 : 0)
                + (rampMs != null ? 1 : 0);
        return forms == 1;
    }

    @JsonIgnore
    @AssertTrue(message = "uniformMs must be [min, max] with min <= max")
    public boolean isUniformOrdered() {
        return uniformMs == null || uniformMs.size() != 2 || uniformMs.contains(null)
                || uniformMs.get(0) <= uniformMs.get(1);
    }

    /** The delay of one request, drawn from that request's own generator, {@code elapsedMs} after installation. */
    public long drawMs(SplittableRandom random, long elapsedMs) {
        if (fixedMs != null) {
            return fixedMs;
        }
        if (rampMs != null) {
            return Math.round(Ramps.at(rampMs.fromMs(), rampMs.toMs(), rampMs.overMs(), elapsedMs));
        }
        if (uniformMs != null) {
            long min = uniformMs.get(0);
            long max = uniformMs.get(1);
            return min == max ? min : min + random.nextLong(max - min + 1);
        }
        double gaussian = gaussian(random);
        double value = lognormal.medianMs() * Math.exp(lognormal.sigma() * gaussian);
        return Math.min(lognormal.maxMs(), Math.round(value));
    }

    /** A standard normal draw (Box-Muller), so that a seed gives the same value on every JVM. */
    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
