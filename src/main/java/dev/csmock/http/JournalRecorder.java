package dev.csmock.http;

import dev.csmock.journal.JournalEntry;
import dev.csmock.journal.RequestJournal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every request on the Twilio routes in the journal and the metrics when its exchange
 * ends, answered or not. Passwords never reach the journal.
 */
@ApplicationScoped
public class JournalRecorder {

    private final RequestJournal journal;
    private final MeterRegistry metrics;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public JournalRecorder(RequestJournal journal, MeterRegistry metrics) {
        this.journal = journal;
        this.metrics = metrics;
    }

    void track(RoutingContext context, RequestTrace trace) {
        long sequence = journal.nextSequence();
        context.addEndHandler(done -> record(context, trace, sequence));
    }

    private void record(RoutingContext context, RequestTrace trace, long sequence) {
        HttpServerRequest request = context.request();
        boolean answered = !trace.connectionFault && context.response().ended();
        Integer status = answered ? context.response().getStatusCode() : null;
        TwilioRequest twilio = context.get(TwilioRequest.class.getName());
        journal.record(new JournalEntry(
                sequence,
                trace.requestId,
                Instant.now(),
                request.method().name(),
                request.path(),
                trace.resource,
                trace.account,
                status,
                (System.nanoTime() - trace.startNanos) / 1_000_000,
                trace.faultId,
                twilio == null ? null : twilio.contentType(),
                twilio == null ? null : twilio.body(),
                headers(request)));
        count("mock.requests", "resource", trace.resource == null ? "none" : trace.resource,
                "method", request.method().name(), "status", status == null ? "none" : status.toString());
        if (trace.faultKind != null) {
            count("mock.faults.fired", "kind", trace.faultKind);
        }
    }

    private void count(String name, String... tags) {
        String key = name + String.join("|", tags);
        counters.computeIfAbsent(key, ignored -> Counter.builder(name).tags(tags).register(metrics)).increment();
    }

    private static Map<String, String> headers(HttpServerRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach(header -> headers.merge(header.getKey(),
                header.getKey().equalsIgnoreCase("Authorization") ? RedactedAuthorization.of(header.getValue())
                        : header.getValue(),
                (first, second) -> first + ", " + second));
        return headers;
    }
}
