package dev.csmock.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.csmock.errors.MockException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.Response;

/**
 * Twilio's error body: {@code {"code", "message", "more_info", "status"}}, with {@code status}
 * equal to the HTTP status (the Java SDK reads the status from the body). The only place where
 * failures become Twilio errors (SPEC §1.5).
 */
@RegisterForReflection
@JsonPropertyOrder({"code", "message", "more_info", "status"})
public record TwilioError(
        int code,
        String message,
        @JsonProperty("more_info") String moreInfo,
        int status) {

    public static final int INVALID_PARAMETER = 20001;
    public static final int AUTHENTICATE = 20003;
    public static final int METHOD_NOT_ALLOWED = 20004;
    public static final int NOT_FOUND = 20404;
    public static final int TOO_MANY_REQUESTS = 20429;
    public static final int INTERNAL_ERROR = 20500;
    public static final int SERVICE_UNAVAILABLE = 20503;

    public static TwilioError of(int status, int code, String message) {
        return new TwilioError(code, message, "https://www.twilio.com/docs/errors/" + code, status);
    }

    /** A status with its documented code (or the nearest one) and its reason phrase as the message. */
    public static TwilioError of(int status) {
        return of(status, defaultCode(status), reasonPhrase(status));
    }

    /** A domain failure as Twilio answers it: the status of its kind, the nearest documented code, its message. */
    public static TwilioError of(MockException failure) {
        int status = failure.problem().status();
        return of(status, defaultCode(status), failure.getMessage());
    }

    /** An unexpected failure: 500/20500, without a word about its cause. */
    public static TwilioError internal() {
        return of(500);
    }

    public static TwilioError authenticate() {
        return of(401, AUTHENTICATE, "Authenticate");
    }

    public static TwilioError methodNotAllowed() {
        return of(405, METHOD_NOT_ALLOWED, "Method not allowed");
    }

    /** Twilio's 404: the message names the path without its API version ({@code /v1}). */
    public static TwilioError notFound(String path) {
        String shown = path.startsWith("/v1/") ? path.substring(3) : path;
        return of(404, NOT_FOUND, "The requested resource " + shown + " was not found");
    }

    /** Twilio documents no code for 413; the nearest documented one is 20001 (bad request). */
    public static TwilioError tooLarge(long maxBodyBytes) {
        return of(413, INVALID_PARAMETER,
                "Request body too large: the limit is " + maxBodyBytes + " bytes (mock.settings.max-body-bytes)");
    }

    /** The HTTP reason phrase of a status ({@code Service Unavailable}), the default message of errors. */
    public static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> "HTTP " + status;
        };
    }

    /** The documented Twilio code for an HTTP status, or the nearest documented one. */
    public static int defaultCode(int status) {
        return switch (status) {
            case 400 -> INVALID_PARAMETER;
            case 401 -> AUTHENTICATE;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : INVALID_PARAMETER;
        };
    }
}
