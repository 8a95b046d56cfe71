package dev.csmock.faults.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A fault rule as users write it (SPEC §2.1), in the admin API, the rules file and snapshots.
 * Unknown fields are rejected by Jackson, so a typo never silently disables a rule. Absent fields
 * take their defaults when the rule is installed.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRuleSpec(
        @Pattern(regexp = "^[A-Za-z0-9_.-]{1,64}$", message = "must be 1-64 letters, digits, '_', '.' or '-'")
        String id,

        @NotNull(message = "is required: an Account SID (AC...) or \"*\"")
        @Pattern(regexp = "^(\\*|AC[0-9a-fA-F]{32})$", message = "must be an Account SID (AC...) or \"*\"")
        String account,

        @Pattern(regexp = "^(\\*|CompositionSettings|RecordingSettings)$",
                message = "must be CompositionSettings, RecordingSettings or \"*\"")
        String resource,

        @Pattern(regexp = "^(\\*|GET|POST)$", message = "must be GET, POST or \"*\"")
        String method,

        @PositiveOrZero Long skip,

        @Positive(message = "must be at least 1 when given (leave it out for unlimited)") Long times,

        @DecimalMin(value = "0.0", message = "must be between 0 and 1")
        @DecimalMax(value = "1.0", message = "must be between 0 and 1")
        Double probability,

        Long seed,

        @Pattern(regexp = "^(before|after)$", message = "must be \"before\" or \"after\"")
        String phase,

        @Valid DelaySpec delay,

        @Valid FaultSpec fault) {

    @JsonIgnore
    @AssertTrue(message = "a rule needs a delay, a fault, or both")
    public boolean isDelayOrFault() {
        return delay != null || fault != null;
    }

    /** The same rule with the given id and seed (the server assigns them when absent). */
    public FaultRuleSpec withIdAndSeed(String newId, long newSeed) {
        return new FaultRuleSpec(newId, account, resourceOrAny(), methodOrAny(), skipOrZero(), times,
                probabilityOrOne(), newSeed, phaseOrBefore(), delay, fault);
    }

    public String resourceOrAny() {
        return resource == null ? "*" : resource;
    }

    public String methodOrAny() {
        return method == null ? "*" : method;
    }

    public long skipOrZero() {
        return skip == null ? 0 : skip;
    }

    public double probabilityOrOne() {
        return probability == null ? 1.0 : probability;
    }

    public String phaseOrBefore() {
        return phase == null ? "before" : phase;
    }
}
