package dev.csmock.faults;

import dev.csmock.faults.model.FaultSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the engine decided for one request: the rule that fired (null if none), the total delay
 * (the global latency plus the rule's delay), the fault to apply (null for a delay only), its
 * phase, the request's random generator (for random bytes), why the rule fired (the journal's
 * {@code faultReason}), the {@code Retry-After} of a limit, and what to release when the
 * request's answer has been sent (its place under a concurrency limit).
 */
public record FaultDecision(FaultRule rule, long delayMs, FaultSpec fault, boolean afterPhase, SplittableRandom random,
        String reason, Integer retryAfterSeconds, Releases releases) {

    public static FaultDecision latencyOnly(long latencyMs) {
        return new FaultDecision(null, latencyMs, null, false, null, null, null, Releases.NONE);
    }

    public String ruleId() {
        return rule == null ? null : rule.id();
    }

    /** The request's answer has been sent (or its connection closed): it no longer counts as in flight. */
    public void release() {
        releases.run();
    }

    /** The places a request holds under concurrency limits, taken while its rules are tried, given back once. */
    static final class Releases {
        /** A request that holds no place (nothing may be added to it). */
        static final Releases NONE = new Releases(List.of());

        private final List<Runnable> held;
        private final AtomicBoolean done = new AtomicBoolean();

        Releases() {
            this(new ArrayList<>(0));
        }

        private Releases(List<Runnable> held) {
            this.held = held;
        }

        /** A place taken: {@code release} gives it back. */
        void add(Runnable release) {
            held.add(release);
        }

        boolean isEmpty() {
            return held.isEmpty();
        }

        void run() {
            if (!held.isEmpty() && done.compareAndSet(false, true)) {
                held.forEach(Runnable::run);
            }
        }
    }
}
