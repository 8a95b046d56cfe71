package dev.csmock.faults.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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

        @Valid Probability probability,

        Long seed,

        @Pattern(regexp = "^(before|after)$", message = "must be \"before\" or \"after\"")
        String phase,

        @Valid DelaySpec delay,

        @Valid FaultSpec fault,

        @PositiveOrZero(message = "must be 0 or more (ms after the rule was installed)") Long startsAfterMs,

        @Positive(message = "must be at least 1 when given (leave it out for no end)") Long activeForMs) {

    /** A rule without a window (active from installation, for ever). */
    public FaultRuleSpec(String id, String account, String resource, String method, Long skip, Long times,
            Probability probability, Long seed, String phase, DelaySpec delay, FaultSpec fault) {
        this(id, account, resource, method, skip, times, probability, seed, phase, delay, fault, null, null);
    }

    @JsonIgnore
    @AssertTrue(message = "a quota or a concurrency limit cannot have times, skip or a probability, nor the phase"
            + " \"after\": it answers the requests over its limit before they are served")
    public boolean isLimitAlone() {
        return fault == null || !fault.limitsRequests()
                || (times == null && (skip == null || skip == 0) && probability == null && !"after".equals(phase));
    }

    @JsonIgnore
    @AssertTrue(message = "a rule needs a delay, a fault, or both")
    public boolean isDelayOrFault() {
        return delay != null || fault != null;
    }

    /** The same rule with the given id and seed (the server assigns them when absent). */
    public FaultRuleSpec withIdAndSeed(String newId, long newSeed) {
        boolean limit = fault != null && fault.limitsRequests();   // a limit has neither skip nor probability
        return new FaultRuleSpec(newId, account, resourceOrAny(), methodOrAny(), limit ? null : skipOrZero(), times,
                limit ? null : probabilityOrOne(), newSeed, phaseOrBefore(), delay, fault, startsAfterMs, activeForMs);
    }

    /** Whether the rule has a window: it starts later than its installation, or ends. */
    public boolean hasWindow() {
        return (startsAfterMs != null && startsAfterMs > 0) || activeForMs != null;
    }

    /** Whether the rule is active {@code elapsedMs} after its installation (SPEC §2.2, windows). */
    public boolean activeAt(long elapsedMs) {
        long start = startsAfterMs == null ? 0 : startsAfterMs;
        return elapsedMs >= start && (activeForMs == null || elapsedMs - start < activeForMs);
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

    public Probability probabilityOrOne() {
        return probability == null ? Probability.of(1.0) : probability;
    }

    public String phaseOrBefore() {
        return phase == null ? "before" : phase;
    }
}
