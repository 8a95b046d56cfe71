package dev.csmock.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.csmock.faults.FaultRule;
import dev.csmock.faults.model.FaultRuleSpec;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A rule as the admin API shows it: its fields, how often it fired, and its uses left (null if unlimited). */
@RegisterForReflection
public record FaultRuleView(
        @JsonUnwrapped FaultRuleSpec rule,
        long hits,
        @JsonInclude(JsonInclude.Include.ALWAYS) Long remaining) {

    static FaultRuleView of(FaultRule rule) {
        return new FaultRuleView(rule.spec(), rule.hits(), rule.remaining());
    }
}
