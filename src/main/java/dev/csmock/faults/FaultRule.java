package dev.csmock.faults;

import dev.csmock.faults.model.FaultRuleSpec;
import dev.csmock.settings.SettingsKind;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An installed rule: its complete spec (defaults filled in, id and seed assigned) and its
 * counters. Counting is lock-free and exact under concurrency; random draws depend only on the
 * seed and the rule's count of matching requests, so a seed replays the same faults.
 */
public final class FaultRule {

    private final FaultRuleSpec spec;
    private final long created;
    private final AtomicLong matched = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong remaining;

    FaultRule(FaultRuleSpec spec, long created) {
        this.spec = spec;
        this.created = created;
        this.remaining = spec.times() == null ? null : new AtomicLong(spec.times());
    }

    public FaultRuleSpec spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    public long created() {
        return created;
    }

    public long hits() {
        return hits.get();
    }

    /** Null when unlimited. */
    public Long remaining() {
        return remaining == null ? null : remaining.get();
    }

    boolean matches(SettingsKind kind, String method) {
        String resource = spec.resourceOrAny();
        String wanted = spec.methodOrAny();
        return (resource.equals("*") || resource.equals(kind.resourceName()))
                && (wanted.equals("*") || wanted.equals(method) || (wanted.equals("GET") && method.equals("HEAD")));
    }

    /**
     * Counts a matching request and decides whether the rule fires on it: past {@code skip}, the
     * probability draw hits, and a use of {@code times} is left. Returns the request's own random
     * generator when it fires, null otherwise.
     */
    SplittableRandom tryFire() {
        long sequence = matched.incrementAndGet();
        if (sequence <= spec.skipOrZero()) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(mix(spec.seed() ^ mix(sequence)));
        double probability = spec.probabilityOrOne();
        if (probability < 1.0 && random.nextDouble() >= probability) {
            return null;
        }
        if (remaining != null && !claimOneUse()) {
            return null;
        }
        hits.incrementAndGet();
        return random;
    }

    private boolean claimOneUse() {
        long left;
        do {
            left = remaining.get();
            if (left <= 0) {
                return false;
            }
        } while (!remaining.compareAndSet(left, left - 1));
        return true;
    }

    /** Stafford's variant 13 of the SplitMix64 finaliser: spreads sequence numbers over the seed space. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
