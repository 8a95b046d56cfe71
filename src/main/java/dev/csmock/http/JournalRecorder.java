package dev.csmock.http;

import dev.csmock.journal.JournalEntry;
import dev.csmock.journal.RequestJournal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every request on the Twilio routes in the journal and the metrics when its exchange
 * ends, answered or not. Passwords never reach the journal. Every metric tag comes from a bounded
 * set (a method the client made up is {@code other}), so no client can grow the series.
 */
@ApplicationScoped
public class JournalRecorder {

    private final RequestJournal journal;
    private final MeterRegistry metrics;
    private final Map<RequestKey, Counter> requestCounters = new ConcurrentHashMap<>();
    private final Map<String, Counter> faultCounters = new ConcurrentHashMap<>();
    /** The methods a metric is tagged with; any other method a client sends is counted as {@code other}. */
    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE", "PATCH");

    /** The tags of a request counter. */
    private record RequestKey(String resource, String method, int status) {
    }

    public JournalRecorder(RequestJournal journal, MeterRegistry metrics) {
        this.journal = journal;
        this.metrics = metrics;
    }

    /** Records a request whose exchange ended. */
    void record(RoutingContext context, RequestTrace trace) {
        HttpServerRequest request = context.request();
        boolean answered = !trace.connectionFault && !trace.clientLeft && context.response().ended();
        Integer status = answered ? context.response().getStatusCode() : null;
        String outcome = answered ? JournalEntry.ANSWERED
                : trace.connectionFault ? JournalEntry.CONNECTION_FAULT : JournalEntry.CLIENT_LEFT;
        String method = request.method().name();
        journal.record(sequence -> new JournalEntry(
                sequence,
                trace.requestId,
                Instant.now(),
                method,
                request.path(),
                trace.resource,
                trace.account,
                trace.credential,
                status,
                (System.nanoTime() - trace.startNanos) / 1_000_000,
                trace.faultId,
                trace.faultReason,
                trace.headers,
                trace.contentType,
                trace.body,
                trace.bodyRefused,
                outcome));
        String methodTag = KNOWN_METHODS.contains(method) ? method : "other";
        requestCounters.computeIfAbsent(new RequestKey(trace.resource, methodTag, status == null ? -1 : status),
                key -> Counter.builder("mock.requests")
                        .tag("resource", key.resource() == null ? "none" : key.resource())
                        .tag("method", key.method())
                        .tag("status", key.status() < 0 ? "none" : Integer.toString(key.status()))
                        .register(metrics))
                .increment();
        if (trace.faultKind != null) {
            faultCounters.computeIfAbsent(trace.faultKind,
                    kind -> Counter.builder("mock.faults.fired").tag("kind", kind).register(metrics)).increment();
        }
    }
}
