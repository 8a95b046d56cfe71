package dev.csmock.faults.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a rule does to a response (SPEC §2.1, {@code fault}), one record per {@code type}. The
 * model knows nothing of sockets: the HTTP layer ({@code dev.csmock.http.FaultResponder}) applies it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StatusFault.class, name = StatusFault.TYPE),
    @JsonSubTypes.Type(value = MalformedBodyFault.class, name = MalformedBodyFault.TYPE),
    @JsonSubTypes.Type(value = ContentTypeFault.class, name = ContentTypeFault.TYPE),
    @JsonSubTypes.Type(value = ConnectionResetFault.class, name = ConnectionResetFault.TYPE),
    @JsonSubTypes.Type(value = ConnectionCloseFault.class, name = ConnectionCloseFault.TYPE),
    @JsonSubTypes.Type(value = HangFault.class, name = HangFault.TYPE),
    @JsonSubTypes.Type(value = DribbleFault.class, name = DribbleFault.TYPE)
})
public sealed interface FaultSpec permits StatusFault, MalformedBodyFault, ContentTypeFault, ConnectionResetFault,
        ConnectionCloseFault, HangFault, DribbleFault {

    /** The known {@code type} values, for error messages. */
    String KNOWN_TYPES = "status, malformed-body, content-type, connection-reset, connection-close, hang, dribble";

    /** The {@code type} name, e.g. {@code status}: the metric tag of fired faults. */
    String typeName();

    /**
     * Whether the fault delivers the correct response in an altered form (so the request is always
     * processed), rather than replacing it.
     */
    default boolean deliversTheResponse() {
        return false;
    }

    /** Calls the visitor's method for this kind of fault. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of fault: whoever applies faults implements it, and the compiler then
     * refuses a build in which a kind has no branch.
     */
    interface Visitor<R> {
        R status(StatusFault fault);

        R malformedBody(MalformedBodyFault fault);

        R contentType(ContentTypeFault fault);

        R connectionReset(ConnectionResetFault fault);

        R connectionClose(ConnectionCloseFault fault);

        R hang(HangFault fault);

        R dribble(DribbleFault fault);
    }
}
