package dev.csmock.errors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.Response;

/**
 * Twilio's error body: {@code {"code", "message", "more_info", "status"}}, with {@code status}
 * equal to the HTTP status (the Java SDK reads the status from the body).
 */
@RegisterForReflection
@JsonPropertyOrder({"code", "message", "more_info", "status"})
public record TwilioError(
        int code,
        String message,
        @JsonProperty("more_info") String moreInfo,
        int status) {

    public static TwilioError of(int status, int code, String message) {
        return new TwilioError(code, message, "https://www.twilio.com/docs/errors/" + code, status);
    }

    /** The HTTP reason phrase of a status ({@code Service Unavailable}), the default message of errors. */
    public static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /** The documented Twilio code for an HTTP status, or the nearest documented one. */
    public static int defaultCode(int status) {
        return switch (status) {
            case 400 -> TwilioCodes.INVALID_PARAMETER;
            case 401 -> TwilioCodes.AUTHENTICATE;
            case 404 -> TwilioCodes.NOT_FOUND;
            case 405 -> TwilioCodes.METHOD_NOT_ALLOWED;
            case 429 -> TwilioCodes.TOO_MANY_REQUESTS;
            case 503 -> TwilioCodes.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? TwilioCodes.INTERNAL_ERROR : TwilioCodes.INVALID_PARAMETER;
        };
    }
}
