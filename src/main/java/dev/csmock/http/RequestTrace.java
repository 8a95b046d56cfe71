package dev.csmock.http;

import dev.csmock.faults.FaultDecision;
import dev.csmock.journal.Header;
import dev.csmock.state.InFlight;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the HTTP layer learns about a request as it passes through: the headers as they arrived,
 * the account, the resource, the body, the rule that fired, how it ended.
 * Read by the journal when the exchange ends. Only touched on the request's event loop.
 */
final class RequestTrace {

    private static final String KEY = RequestTrace.class.getName();

    final long startNanos;
    final String requestId;
    /** A copy of the request headers taken on arrival, before anything could change them. */
    final List<Header> headers;
    String account;
    /** The Basic-auth user name the request authenticated with (an Account SID or an API key), when it did. */
    String credential;
    String resource;
    String contentType;
    byte[] body;
    /** The body was longer than the limit and was not read. */
    boolean bodyRefused;
    String faultId;
    String faultKind;
    /** Why the rule fired (the journal's faultReason), when it says. */
    String faultReason;
    /** The fault engine's decision, released when the exchange ends (its place under a concurrency limit). */
    FaultDecision decision;
    boolean connectionFault;
    /** The client closed the connection before it was answered. */
    boolean clientLeft;
    /** A reset or a forget overtook the request: it is not journaled. */
    boolean abandoned;
    /** The request in flight, once it was routed to a settings resource. */
    InFlight.Exchange exchange;
    /** The timer the request waits on (latency, a rule's delay), or -1. */
    long timer = -1;

    private RequestTrace(long startNanos, String requestId, List<Header> headers) {
        this.startNanos = startNanos;
        this.requestId = requestId;
        this.headers = headers;
    }

    static RequestTrace start(RoutingContext context, String requestId) {
        List<Header> headers = new ArrayList<>(context.request().headers().size());
        for (Map.Entry<String, String> header : context.request().headers()) {
            headers.add(new Header(header.getKey(), header.getValue()));
        }
        RequestTrace trace = new RequestTrace(System.nanoTime(), requestId, headers);
        context.put(KEY, trace);
        return trace;
    }

    static RequestTrace of(RoutingContext context) {
        return context.get(KEY);
    }
}
