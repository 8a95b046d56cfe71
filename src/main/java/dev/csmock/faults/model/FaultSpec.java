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
    @JsonSubTypes.Type(value = DribbleFault.class, name = DribbleFault.TYPE),
    @JsonSubTypes.Type(value = QuotaFault.class, name = QuotaFault.TYPE),
    @JsonSubTypes.Type(value = ConcurrencyLimitFault.class, name = ConcurrencyLimitFault.TYPE)
})
public sealed interface FaultSpec permits StatusFault, MalformedBodyFault, ContentTypeFault, ConnectionResetFault,
        ConnectionCloseFault, HangFault, DribbleFault, LimitFault {

    /** The known {@code type} values, for error messages. */
    String KNOWN_TYPES = "status, malformed-body, content-type, connection-reset, connection-close, hang, dribble, quota,"
            + " concurrency-limit";

    /** The {@code type} name, e.g. {@code status}: the metric tag of fired faults. */
    String typeName();

    /**
     * Whether the fault delivers the correct response in an altered form (so the request is always
     * processed), rather than replacing it.
     */
    default boolean deliversTheResponse() {
        return false;
    }

    /**
     * Whether this is a limit (a quota, a concurrency limit): it lets requests through while they are
     * within the limit, and answers the others 429/20429 like Twilio's rate limit.
     */
    default boolean limitsRequests() {
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

        /** A request over a limit (a quota or a concurrency limit): 429/20429 with {@code Retry-After}. */
        R limit(LimitFault limit);
    }
}
