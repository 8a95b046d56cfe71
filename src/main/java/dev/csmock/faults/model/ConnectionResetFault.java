package dev.csmock.faults.model;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The connection is reset (a TCP RST) instead of answered. */
@RegisterForReflection
public record ConnectionResetFault() implements FaultSpec {

    public static final String TYPE = "connection-reset";

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.connectionReset(this);
    }
}
