package dev.csmock.faults.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/** No response for {@code maxMs} (default and cap 5 minutes), then the connection is closed without one. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HangFault(
        @Positive @Max(value = HangFault.CAP_MS, message = "must be at most 300000 (5 minutes)") Long maxMs)
        implements FaultSpec {

    public static final String TYPE = "hang";
    public static final long CAP_MS = 300_000;

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.hang(this);
    }

    public long maxMsOrDefault() {
        return maxMs == null ? CAP_MS : maxMs;
    }
}
