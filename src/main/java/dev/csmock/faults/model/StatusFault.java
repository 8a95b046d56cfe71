package dev.csmock.faults.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/** Answers with an HTTP error in Twilio's shape; {@code code} and {@code message} default per status. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusFault(
        @Min(value = 400, message = "must be a 4xx or 5xx status (400-599)")
        @Max(value = 599, message = "must be a 4xx or 5xx status (400-599)")
        int status,
        Integer code,
        String message,
        @PositiveOrZero Integer retryAfterSeconds) implements FaultSpec {

    public static final String TYPE = "status";

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.status(this);
    }
}
