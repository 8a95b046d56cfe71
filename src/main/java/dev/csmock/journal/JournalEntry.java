package dev.csmock.journal;

import dev.csmock.forms.FormDecoder;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request on the Twilio routes, immutable: what arrived (method, path, headers as sent, the
 * body up to {@code mock.journal.max-body-bytes} with {@code truncated} set when it was longer) and
 * how it ended. The form parameters are decoded and the headers redacted only when the journal is
 * read, so recording costs the request path little; {@code status} is null when the request ended
 * without a response, {@code credential} is the Basic-auth user name the request authenticated with
 * (null when it did not), and {@code outcome} says how it ended: {@link #ANSWERED}, {@link #CONNECTION_FAULT}
 * (a rule closed, reset or hung the connection) or {@link #CLIENT_LEFT} (the client closed it first).
 */
public record JournalEntry(
        long sequence,
        String id,
        Instant time,
        String method,
        String path,
        String resource,
        String account,
        String credential,
        Integer status,
        long durationMs,
        String faultId,
        String faultReason,
        List<Header> requestHeaders,
        String contentType,
        byte[] body,
        boolean truncated,
        String outcome) {

    public static final String ANSWERED = "answered";
    public static final String CONNECTION_FAULT = "connection-fault";
    public static final String CLIENT_LEFT = "client-left";

    public JournalEntry {
        requestHeaders = List.copyOf(requestHeaders);
    }

    /** This entry with at most {@code maxBytes} of its body ({@code truncated} when it had more); itself when it fits. */
    JournalEntry withBodyCappedAt(int maxBytes) {
        if (body == null || body.length <= maxBytes) {
            return this;
        }
        return new JournalEntry(sequence, id, time, method, path, resource, account, credential, status, durationMs, faultId, faultReason,
                requestHeaders, contentType, Arrays.copyOf(body, maxBytes), true, outcome);
    }

    /** The request headers, with every secret they carried replaced by {@code ***} ({@link RedactedHeaders}). */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : requestHeaders) {
            headers.merge(header.name(), RedactedHeaders.value(header.name(), header.value()),
                    (first, second) -> first + ", " + second);
        }
        return headers;
    }

    /** The values of a header (name in any case) as the client sent them, joined by {@code ", "}; null when not sent. */
    public String headerAsSent(String name) {
        String joined = null;
        for (Header header : requestHeaders) {
            if (header.name().equalsIgnoreCase(name)) {
                joined = joined == null ? header.value() : joined + ", " + header.value();
            }
        }
        return joined;
    }

    /** {@link #headerAsSent} with every secret it carried replaced by {@code ***}. */
    public String headerAsShown(String name) {
        String sent = headerAsSent(name);
        return sent == null ? null : RedactedHeaders.value(name, sent);
    }

    /**
     * The POST's form parameters, when they can be known: empty for a body that was refused or kept
     * only in part ({@code truncated}), or that does not decode; no parameters for other requests.
     * A pattern's parameter matchers never match a request whose parameters are unknown.
     */
    public Optional<Map<String, List<String>>> knownParams() {
        if (truncated) {
            return Optional.empty();
        }
        if (body == null) {
            return Optional.of(Map.of());
        }
        try {
            return Optional.of(FormDecoder.decode(contentType, body));
        } catch (RuntimeException undecodable) {
            return Optional.empty();
        }
    }

    /** The POST's form parameters as far as they are known ({@link #knownParams()}), else none. */
    public Map<String, List<String>> params() {
        return knownParams().orElse(Map.of());
    }

}
