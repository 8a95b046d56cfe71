package dev.csmock.state;

import dev.csmock.accounts.Credential;
import dev.csmock.faults.model.FaultRuleSpec;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * The mock's state as one JSON document (SPEC §3, {@code /__admin/snapshot} and
 * {@code MOCK_SEED_FILE}): settings per account and resource name, fault rules, credentials.
 */
@RegisterForReflection
public record Snapshot(
        Map<String, Map<String, SeedSettings>> accounts,
        List<FaultRuleSpec> faults,
        List<Credential> credentials) {

    public static final Snapshot EMPTY = new Snapshot(Map.of(), List.of(), List.of());

    public Map<String, Map<String, SeedSettings>> accountsOrEmpty() {
        return accounts == null ? Map.of() : accounts;
    }

    public List<FaultRuleSpec> faultsOrEmpty() {
        return faults == null ? List.of() : faults;
    }

    public List<Credential> credentialsOrEmpty() {
        return credentials == null ? List.of() : credentials;
    }
}
