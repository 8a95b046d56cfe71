package dev.csmock.http;

import io.vertx.ext.web.RoutingContext;

/**
 * What the HTTP layer learns about a request as it passes through (account, resource, the rule
 * that fired, whether a connection fault ended it), read by the journal when the exchange ends.
 * Only touched on the request's event loop.
 */
final class RequestTrace {

    private static final String KEY = RequestTrace.class.getName();

    final long startNanos;
    final String requestId;
    String account;
    String resource;
    String faultId;
    String faultKind;
    boolean connectionFault;

    private RequestTrace(long startNanos, String requestId) {
        this.startNanos = startNanos;
        this.requestId = requestId;
    }

    static RequestTrace start(RoutingContext context, String requestId) {
        RequestTrace trace = new RequestTrace(System.nanoTime(), requestId);
        context.put(KEY, trace);
        return trace;
    }

    static RequestTrace of(RoutingContext context) {
        return context.get(KEY);
    }
}
