package dev.csmock.errors;

import java.util.List;

/**
 * A failure of a domain operation (settings, fault rules, credentials, state), thrown by the code
 * that knows nothing of HTTP. The HTTP layer answers it in Twilio's shape on the Twilio routes and
 * the admin layer in its own shape; {@code message} and {@code details} are written for the user and
 * are the only text of the exception a client ever sees.
 */
public class MockException extends RuntimeException {

    private final Problem problem;
    private final transient List<String> details;

    public MockException(Problem problem, String message, List<String> details) {
        super(message, null, false, false);
        this.problem = problem;
        this.details = List.copyOf(details);
    }

    public static MockException invalid(String message) {
        return new MockException(Problem.INVALID, message, List.of());
    }

    public static MockException invalid(String message, List<String> details) {
        return new MockException(Problem.INVALID, message, details);
    }

    public static MockException notFound(String message) {
        return new MockException(Problem.NOT_FOUND, message, List.of());
    }

    /** A request that a reset or a forget overtook while it was pending: it was not applied. */
    public static MockException abandoned() {
        return new MockException(Problem.UNAVAILABLE, "The mock was reset, or this account forgotten, while the request"
                + " was pending: it was not applied", List.of());
    }

    public static MockException conflict(String message) {
        return new MockException(Problem.CONFLICT, message, List.of());
    }

    public Problem problem() {
        return problem;
    }

    public List<String> details() {
        return details;
    }
}
