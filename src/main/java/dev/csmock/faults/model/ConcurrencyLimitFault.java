package dev.csmock.faults.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Too many requests at once (SPEC §2.2): while {@code max} matching requests of an account are in
 * flight (until their answer has been sent, delays and dribbles included), another one is answered
 * 429/20429 at once.
 */
@RegisterForReflection
public record ConcurrencyLimitFault(
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") Integer max) implements LimitFault {

    public static final String TYPE = "concurrency-limit";

    @Override
    public String typeName() {
        return TYPE;
    }
}
