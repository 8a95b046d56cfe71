package dev.csmock.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Stamps the headers Twilio sends on every response of its API (SPEC §1.4). */
@ApplicationScoped
public class TwilioHeaders {

    public static final String REQUEST_ID = "Twilio-Request-Id";
    public static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

    private final AtomicInteger inFlight = new AtomicInteger();

    /** Adds the headers to the response this request will get, whatever answers it; returns the request id. */
    public String stamp(RoutingContext context) {
        long start = System.nanoTime();
        int concurrent = inFlight.incrementAndGet();
        context.addEndHandler(done -> inFlight.decrementAndGet());
        MultiMap headers = context.response().headers();
        String requestId = RequestIds.next();
        headers.set(REQUEST_ID, requestId)
                .set("Twilio-Concurrent-Requests", Integer.toString(concurrent))
                .set("X-Shenanigans", "none")
                .set("X-Home-Region", "us1")
                .set("X-API-Domain", "video.twilio.com")
                .set("Access-Control-Allow-Origin", "*")
                .set("Access-Control-Allow-Methods", ALLOWED_METHODS)
                .set("Access-Control-Allow-Headers",
                        "Accept, Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since")
                .set("Access-Control-Allow-Credentials", "true")
                .set("Access-Control-Expose-Headers", "ETag");
        context.addHeadersEndHandler(ignored -> context.response().headers().set("Twilio-Request-Duration",
                String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1e9)));
        return requestId;
    }
}
