package dev.csmock.faults.model;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The connection is closed (a TCP FIN) without a response. */
@RegisterForReflection
public record ConnectionCloseFault() implements FaultSpec {

    public static final String TYPE = "connection-close";

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.connectionClose(this);
    }
}
