package dev.csmock.faults.model;

/** A value that moves linearly from {@code from} to {@code to} over {@code overMs}, then stays at {@code to}. */
final class Ramps {

    private Ramps() {
    }

    static double at(double from, double to, long overMs, long elapsedMs) {
        double progress = Math.min(1.0, Math.max(0, elapsedMs) / (double) overMs);
        return from + (to - from) * progress;
    }
}
