package dev.csmock.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** Stamps the headers Twilio sends on every response of its API (SPEC §1.4). */
@ApplicationScoped
public class TwilioHeaders {

    public static final String REQUEST_ID = "Twilio-Request-Id";
    public static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

    // names and fixed values encoded once, not on every response
    private static final CharSequence REQUEST_ID_NAME = HttpHeaders.createOptimized(REQUEST_ID);
    private static final CharSequence CONCURRENT = HttpHeaders.createOptimized("Twilio-Concurrent-Requests");
    private static final CharSequence DURATION = HttpHeaders.createOptimized("Twilio-Request-Duration");
    private static final CharSequence[][] FIXED = {
        {HttpHeaders.createOptimized("X-Shenanigans"), HttpHeaders.createOptimized("none")},
        {HttpHeaders.createOptimized("X-Home-Region"), HttpHeaders.createOptimized("us1")},
        {HttpHeaders.createOptimized("X-API-Domain"), HttpHeaders.createOptimized("video.twilio.com")},
        {HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, HttpHeaders.createOptimized("*")},
        {HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, HttpHeaders.createOptimized(ALLOWED_METHODS)},
        {HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, HttpHeaders.createOptimized(
                "Accept, Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since")},
        {HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, HttpHeaders.createOptimized("true")},
        {HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.createOptimized("ETag")},
    };

    private final AtomicInteger inFlight = new AtomicInteger();

    /** Adds the headers to the response this request will get, whatever answers it; returns the request id. */
    public String stamp(RoutingContext context) {
        long start = System.nanoTime();
        int concurrent = inFlight.incrementAndGet();
        context.addEndHandler(done -> inFlight.decrementAndGet());
        MultiMap headers = context.response().headers();
        String requestId = RequestIds.next();
        headers.set(REQUEST_ID_NAME, requestId).set(CONCURRENT, Integer.toString(concurrent));
        for (CharSequence[] header : FIXED) {
            headers.set(header[0], header[1]);
        }
        context.addHeadersEndHandler(ignored -> context.response().headers().set(DURATION, seconds(System.nanoTime() - start)));
        return requestId;
    }

    /** Nanoseconds as seconds with three decimals ({@code 0.042}), as Twilio writes the duration. */
    static String seconds(long nanos) {
        long millis = Math.max(0, nanos / 1_000_000);
        long fraction = millis % 1000;
        return (millis / 1000) + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }
}
