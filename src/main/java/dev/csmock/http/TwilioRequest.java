package dev.csmock.http;

import dev.csmock.settings.SettingsKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * A request that passed the HTTP gate: the account it acts on, the SID it authenticated as,
 * the resource, the method, and for a POST its Content-Type and raw body. Handed to the resources
 * through the routing context.
 */
public record TwilioRequest(String account, String username, SettingsKind kind, String method, String contentType,
        Buffer body) {

    private static final String KEY = TwilioRequest.class.getName();

    void attachTo(RoutingContext context) {
        context.put(KEY, this);
    }

    public boolean isPost() {
        return "POST".equals(method);
    }

    /** The same request as a read: what a replacing fault's body is made from, without side effects. */
    public TwilioRequest asRead() {
        return new TwilioRequest(account, username, kind, "GET", null, null);
    }

    public static TwilioRequest of(RoutingContext context) {
        TwilioRequest request = context.get(KEY);
        if (request == null) {
            throw new IllegalStateException("request did not pass the Twilio HTTP gate");
        }
        return request;
    }
}
