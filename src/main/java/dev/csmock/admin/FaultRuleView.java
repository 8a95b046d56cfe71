package dev.csmock.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.csmock.faults.FaultRule;
import dev.csmock.faults.model.FaultRuleSpec;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A rule as the admin API shows it: its fields, how often it fired, its uses left (null if
 * unlimited), whether it is inside its window now on the mock's clock ({@code active}), and for a
 * quota of one account how many requests may still pass in the current window ({@code quotaLeft}).
 */
@RegisterForReflection
public record FaultRuleView(
        @JsonUnwrapped FaultRuleSpec rule,
        long hits,
        @JsonInclude(JsonInclude.Include.ALWAYS) Long remaining,
        boolean active,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer quotaLeft) {

    static FaultRuleView of(FaultRule rule, long nowMs) {
        String account = rule.spec().account();
        return new FaultRuleView(rule.spec(), rule.hits(), rule.remaining(), rule.activeAt(nowMs),
                account.equals("*") ? null : rule.quotaLeft(account, nowMs));
    }
}
