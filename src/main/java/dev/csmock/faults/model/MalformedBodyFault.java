package dev.csmock.faults.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A body that a client cannot use: truncated or invalid JSON, empty, {@code null}, wrong types, HTML, random bytes. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MalformedBodyFault(
        @NotNull(message = "is required: one of " + KINDS)
        @Pattern(regexp = "^(truncated-json|invalid-json|empty|null|wrong-types|html|random-bytes)$",
                message = "must be one of " + KINDS)
        String kind,
        @Min(value = 100, message = "must be an HTTP status (100-599)")
        @Max(value = 599, message = "must be an HTTP status (100-599)")
        Integer status) implements FaultSpec {

    public static final String TYPE = "malformed-body";
    static final String KINDS = "truncated-json, invalid-json, empty, null, wrong-types, html, random-bytes";

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.malformedBody(this);
    }

    public int statusOrDefault() {
        return status == null ? 200 : status;
    }
}
