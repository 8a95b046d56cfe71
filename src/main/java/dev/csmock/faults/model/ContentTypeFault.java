package dev.csmock.faults.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The correct body under a wrong media type. */
@RegisterForReflection
public record ContentTypeFault(
        @NotBlank(message = "is required, e.g. text/plain")
        @Pattern(regexp = "[\\x20-\\x7E\\t]*", message = "must be printable ASCII on one line (it is sent as a header)")
        String contentType) implements FaultSpec {

    public static final String TYPE = "content-type";

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.contentType(this);
    }

    @Override
    public boolean deliversTheResponse() {
        return true;
    }
}
