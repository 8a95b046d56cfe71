package dev.csmock.errors;

import java.util.List;

/** A failure of an admin call, answered with {@link AdminError} and a 4xx status. */
public class AdminException extends RuntimeException {

    private final int status;
    private final transient List<String> details;

    public AdminException(int status, String error, List<String> details) {
        super(error, null, false, false);
        this.status = status;
        this.details = List.copyOf(details);
    }

    public static AdminException badRequest(String error, List<String> details) {
        return new AdminException(400, error, details);
    }

    public static AdminException notFound(String error) {
        return new AdminException(404, error, List.of());
    }

    public int status() {
        return status;
    }

    public AdminError body() {
        return new AdminError(getMessage(), details);
    }
}
