package dev.csmock.journal;

import dev.csmock.api.FormBody;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request on the Twilio routes. The form parameters are decoded only when the journal is
 * read, and the headers copied and redacted only then, so recording costs the request path little; {@code status} is null when a connection
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
        String contentType,
        Buffer body,
        MultiMap requestHeaders) {

    /** The request headers, with the password of a Basic {@code Authorization} header replaced by {@code ***}. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (requestHeaders != null) {
            requestHeaders.forEach(header -> headers.merge(header.getKey(),
                    header.getKey().equalsIgnoreCase("Authorization") ? RedactedAuthorization.of(header.getValue())
                            : header.getValue(),
                    (first, second) -> first + ", " + second));
        }
        return headers;
    }

    /** The POST's form parameters (empty for other requests or bodies that do not decode). */
    public Map<String, List<String>> params() {
        if (body == null) {
            return Map.of();
        }
        try {
            return FormBody.parse(contentType, body);
        } catch (RuntimeException undecodable) {
            return Map.of();
        }
    }
}
