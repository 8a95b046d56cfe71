package dev.csmock.client;

/** An admin call the mock refused: its HTTP status and its error body ({@code {"error", "details"}}). */
public class MockAdminException extends RuntimeException {

    private final int status;
    private final String body;

    MockAdminException(String call, int status, String body) {
        super(call + " answered " + status + ": " + body);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
