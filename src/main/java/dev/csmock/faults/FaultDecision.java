package dev.csmock.faults;

import dev.csmock.faults.model.FaultSpec;
import java.util.SplittableRandom;

/**
 * What the engine decided for one request: the rule that fired (null if none), the total delay
 * (the global latency plus the rule's delay), the fault to apply (null for a delay only), its
 * phase, and the request's random generator (for random bytes).
 */
public record FaultDecision(FaultRule rule, long delayMs, FaultSpec fault, boolean afterPhase, SplittableRandom random) {

    public static FaultDecision latencyOnly(long latencyMs) {
        return new FaultDecision(null, latencyMs, null, false, null);
    }

    public String ruleId() {
        return rule == null ? null : rule.id();
    }
}
