package dev.csmock.journal;

import dev.csmock.forms.FormDecoder;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request on the Twilio routes, immutable: what arrived (method, path, headers as sent, the
 * body up to {@code mock.journal.max-body-bytes} with {@code truncated} set when it was longer) and
 * how it ended. The form parameters are decoded and the headers redacted only when the journal is
 * read, so recording costs the request path little; {@code status} is null when a connection
 * fault ended the request without a response.
 */
public record JournalEntry(
        long sequence,
        String id,
        Instant time,
        String method,
        String path,
        String resource,
        String account,
        Integer status,
        long durationMs,
        String faultId,
        List<Header> requestHeaders,
        String contentType,
        byte[] body,
        boolean truncated) {

    public JournalEntry {
        requestHeaders = List.copyOf(requestHeaders);
    }

    /** This entry with at most {@code maxBytes} of its body ({@code truncated} when it had more); itself when it fits. */
    JournalEntry withBodyCappedAt(int maxBytes) {
        if (body == null || body.length <= maxBytes) {
            return this;
        }
        return new JournalEntry(sequence, id, time, method, path, resource, account, status, durationMs, faultId,
                requestHeaders, contentType, Arrays.copyOf(body, maxBytes), true);
    }

    /** The request headers, with the password of a Basic {@code Authorization} header replaced by {@code ***}. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : requestHeaders) {
            headers.merge(header.name(),
                    header.name().equalsIgnoreCase("Authorization") ? RedactedAuthorization.of(header.value())
                            : header.value(),
                    (first, second) -> first + ", " + second);
        }
        return headers;
    }

    /**
     * The POST's form parameters: empty for other requests, for bodies that do not decode, and for
     * bodies the journal kept only in part ({@code truncated}).
     */
    public Map<String, List<String>> params() {
        if (body == null || truncated) {
            return Map.of();
        }
        try {
            return FormDecoder.decode(contentType, body);
        } catch (RuntimeException undecodable) {
            return Map.of();
        }
    }

}
