package dev.csmock.faults.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/** The correct response, sent in {@code chunks} pieces (default 10) spread over {@code totalMs} (default 1000). */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DribbleFault(
        @Min(1) @Max(1000) Integer chunks,
        @PositiveOrZero @Max(value = 300_000, message = "must be at most 300000 (5 minutes)") Long totalMs)
        implements FaultSpec {

    public static final String TYPE = "dribble";

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.dribble(this);
    }

    @Override
    public boolean deliversTheResponse() {
        return true;
    }

    public int chunksOrDefault() {
        return chunks == null ? 10 : chunks;
    }

    public long totalMsOrDefault() {
        return totalMs == null ? 1000 : totalMs;
    }
}
