package dev.csmock.errors;

/** The Twilio error codes this mock answers with (SPEC §1.5). */
public final class TwilioCodes {
    public static final int INVALID_PARAMETER = 20001;
    public static final int AUTHENTICATE = 20003;
    public static final int METHOD_NOT_ALLOWED = 20004;
    public static final int NOT_FOUND = 20404;
    public static final int TOO_MANY_REQUESTS = 20429;
    public static final int INTERNAL_ERROR = 20500;
    public static final int SERVICE_UNAVAILABLE = 20503;

    private TwilioCodes() {
    }
}
