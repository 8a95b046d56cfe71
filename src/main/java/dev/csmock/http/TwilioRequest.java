package dev.csmock.http;

import dev.csmock.settings.SettingsKind;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * What the HTTP gate learned about a request on a Twilio route, handed to the resources through
 * the routing context. {@code body} is the raw POST body (null for other methods).
 */
public record TwilioRequest(String account, String username, SettingsKind kind, Buffer body) {

    private static final String KEY = TwilioRequest.class.getName();

    void attachTo(RoutingContext context) {
        context.put(KEY, this);
    }

    public static TwilioRequest of(RoutingContext context) {
        TwilioRequest request = context.get(KEY);
        if (request == null) {
            throw new IllegalStateException("request did not pass the Twilio HTTP gate");
        }
        return request;
    }
}
