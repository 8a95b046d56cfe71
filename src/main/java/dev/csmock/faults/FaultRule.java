package dev.csmock.faults;

import dev.csmock.faults.model.ConcurrencyLimitFault;
import dev.csmock.faults.model.FaultRuleSpec;
import dev.csmock.faults.model.QuotaFault;
import dev.csmock.settings.SettingsKind;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An installed rule: its complete spec (defaults filled in, id and seed assigned), when it was
 * installed on the mock's clock, and its counters. Counting is exact under concurrency; random
 * draws depend only on the seed and the rule's count of matching requests, so a seed replays the
 * same faults. Limits (quotas, concurrency limits) keep their counts per account.
 */
public final class FaultRule {

    /** Quota windows and in-flight counts are kept for at most this many accounts; stale ones go first. */
    static final int MAX_ACCOUNTS_COUNTED = 100_000;

    private final FaultRuleSpec spec;
    private final long created;
    private final long installedAtMs;
    private final AtomicLong matched = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong remaining;
    private final ConcurrentHashMap<String, QuotaWindow> windows = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    FaultRule(FaultRuleSpec spec, long created, long installedAtMs) {
        this.spec = spec;
        this.created = created;
        this.installedAtMs = installedAtMs;
        this.remaining = spec.times() == null ? null : new AtomicLong(spec.times());
    }

    /** Why a rule fired (the journal's {@code faultReason}), its generator, and the {@code Retry-After} of a limit. */
    record Fired(SplittableRandom random, String reason, Integer retryAfterSeconds) {
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

    /** How long the rule has been installed at {@code nowMs} (0 when the clock was set back before it). */
    long elapsedMs(long nowMs) {
        return Math.max(0, nowMs - installedAtMs);
    }

    /** Whether the rule is inside its window at {@code nowMs}. */
    public boolean activeAt(long nowMs) {
        return spec.activeAt(elapsedMs(nowMs));
    }

    /** For a quota: how many requests of {@code account} may still pass in the window of {@code nowMs}; else null. */
    public Integer quotaLeft(String account, long nowMs) {
        if (!(spec.fault() instanceof QuotaFault quota)) {
            return null;
        }
        QuotaWindow window = windows.get(account);
        long index = elapsedMs(nowMs) / quota.windowMs();
        return window == null ? quota.limit() : window.left(index, quota.limit());
    }

    boolean matches(SettingsKind kind, String method) {
        String resource = spec.resourceOrAny();
        String wanted = spec.methodOrAny();
        return (resource.equals("*") || resource.equals(kind.resourceName()))
                && (wanted.equals("*") || wanted.equals(method) || (wanted.equals("GET") && method.equals("HEAD")));
    }

    /**
     * Counts a matching request of {@code account} at {@code nowMs} (the rule is active then) and
     * decides whether the rule fires on it. A limit fires when the request is over it; a request a
     * concurrency limit lets through adds its release to {@code releases}. Returns null when the
     * rule does not fire.
     */
    Fired tryFire(String account, long nowMs, FaultDecision.Releases releases) {
        long elapsed = elapsedMs(nowMs);
        if (spec.fault() instanceof QuotaFault quota) {
            return overQuota(quota, account, elapsed);
        }
        if (spec.fault() instanceof ConcurrencyLimitFault limit) {
            return overConcurrency(limit, account, releases);
        }
        long sequence = matched.incrementAndGet();
        if (sequence <= spec.skipOrZero()) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(mix(spec.seed() ^ mix(sequence)));
        double probability = spec.probabilityOrOne().at(elapsed);
        if (probability < 1.0 && random.nextDouble() >= probability) {
            return null;
        }
        if (remaining != null && !claimOneUse()) {
            return null;
        }
        hits.incrementAndGet();
        return new Fired(random, reason(), null);
    }

    /** What made a rule that is not a limit fire, as specific as its triggers say. */
    private String reason() {
        if (spec.hasWindow()) {
            return "window";
        }
        if (spec.probability() != null && (spec.probability().isRamp() || spec.probability().at(0) < 1.0)) {
            return "probability";
        }
        return spec.times() != null ? "times" : null;
    }

    private Fired overQuota(QuotaFault quota, String account, long elapsed) {
        long index = elapsed / quota.windowMs();
        if (windows.size() >= MAX_ACCOUNTS_COUNTED && !windows.containsKey(account)) {
            windows.values().removeIf(window -> window.isBefore(index));
        }
        QuotaWindow window = windows.computeIfAbsent(account, ignored -> new QuotaWindow());
        if (window.take(index, quota.limit())) {
            return null;
        }
        long leftMs = (index + 1) * quota.windowMs() - elapsed;
        return overLimit("quota", (int) Math.max(1, (leftMs + 999) / 1000));
    }

    private Fired overConcurrency(ConcurrencyLimitFault limit, String account, FaultDecision.Releases releases) {
        if (inFlight.size() >= MAX_ACCOUNTS_COUNTED && !inFlight.containsKey(account)) {
            inFlight.values().removeIf(count -> count.get() == 0);
        }
        AtomicInteger count = inFlight.computeIfAbsent(account, ignored -> new AtomicInteger());
        if (count.incrementAndGet() > limit.max()) {
            count.decrementAndGet();
            return overLimit("concurrency", 1);
        }
        releases.add(count::decrementAndGet);
        return null;
    }

    /** A request over a limit: the rule fires (429/20429); the generator draws the rule's delay, if it has one. */
    private Fired overLimit(String reason, int retryAfterSeconds) {
        return new Fired(new SplittableRandom(spec.seed() ^ hits.incrementAndGet()), reason, retryAfterSeconds);
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

    /** One account's count in the current window of a quota; a request of a later window starts a new count. */
    private static final class QuotaWindow {
        private long index = -1;
        private int used;

        synchronized boolean take(long now, int limit) {
            if (now > index) {
                index = now;
                used = 0;
            }
            if (used >= limit) {
                return false;
            }
            used++;
            return true;
        }

        synchronized int left(long now, int limit) {
            return now > index ? limit : Math.max(0, limit - used);
        }

        synchronized boolean isBefore(long now) {
            return index < now;
        }
    }
}
