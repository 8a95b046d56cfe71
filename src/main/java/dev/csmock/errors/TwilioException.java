package dev.csmock.errors;

/**
 * A failure to be answered in Twilio's error shape. Thrown by the services, rendered once by
 * {@link ExceptionMappers} (JAX-RS) or {@link ErrorResponses} (the HTTP gate).
 */
public class TwilioException extends RuntimeException {

    private final transient TwilioError error;

    public TwilioException(int status, int code, String message) {
        super(message, null, false, false);
        this.error = TwilioError.of(status, code, message);
    }

    public static TwilioException badParameter(String message) {
        return new TwilioException(400, TwilioCodes.INVALID_PARAMETER, message);
    }

    public static TwilioException notFound(String resourcePath) {
        return new TwilioException(404, TwilioCodes.NOT_FOUND,
                "The requested resource " + resourcePath + " was not found");
    }

    public TwilioError error() {
        return error;
    }
}
