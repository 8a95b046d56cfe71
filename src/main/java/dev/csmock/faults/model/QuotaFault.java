package dev.csmock.faults.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A rate limit like Twilio's (SPEC §2.2): in each fixed window of {@code windowMs} from the rule's
 * installation, the first {@code limit} matching requests of an account pass; the rest are answered
 * 429/20429 with {@code Retry-After}.
 */
@RegisterForReflection
public record QuotaFault(
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") Integer limit,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        @Max(value = 86_400_000, message = "must be at most 86400000 (a day)") Long windowMs) implements LimitFault {

    public static final String TYPE = "quota";

    @Override
    public String typeName() {
        return TYPE;
    }
}
