package dev.csmock.client;

/** When a fault applies to a POST: before it is processed (no effect), or after (stored, then the answer replaced). */
public enum Phase {
    BEFORE, AFTER;

    String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
