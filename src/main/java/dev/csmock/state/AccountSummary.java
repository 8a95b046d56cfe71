package dev.csmock.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One account as the admin API lists it: its settings (null where unconfigured) and counts. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountSummary(
        String account,
        SeedSettings compositionSettings,
        SeedSettings recordingSettings,
        int requests,
        int faults) {
}
