package dev.csmock.support;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** What must never reach a client: exception text, class names, stack traces. */
public final class NoInternals {

    private static final String[] INTERNALS = {"Exception", "java.", "io.netty", "io.vertx", "dev.csmock",
        "Cannot invoke", "\tat "};

    private NoInternals() {
    }

    public static void assertNoInternals(String answer) {
        for (String internal : INTERNALS) {
            assertFalse(answer.contains(internal), () -> "'" + internal + "' reached the client: " + answer);
        }
    }
}
