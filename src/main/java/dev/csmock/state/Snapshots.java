package dev.csmock.state;

import dev.csmock.accounts.CredentialStore;
import dev.csmock.accounts.Sids;
import dev.csmock.errors.MockException;
import dev.csmock.faults.FaultRegistry;
import dev.csmock.faults.FaultRule;
import dev.csmock.faults.model.FaultRuleSpec;
import dev.csmock.journal.JournalQuery;
import dev.csmock.journal.RequestJournal;
import dev.csmock.settings.AccountSettings;
import dev.csmock.settings.SettingsKind;
import dev.csmock.settings.SettingsService;
import dev.csmock.settings.SettingsStore;
import dev.csmock.settings.StoreFullException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole state at once (SPEC §3): export, import and reset. An import checks everything first
 * (settings, rules, credentials, room in the store), builds the new content of each store, then
 * swaps them in; nothing can fail after the first swap, so an invalid snapshot changes nothing.
 * Reset imports the start-up state kept in memory ({@link StartupState}); it never reads a file.
 */
@ApplicationScoped
public class Snapshots {

    private final SettingsStore store;
    private final SettingsService settings;
    private final FaultRegistry faults;
    private final CredentialStore credentials;
    private final RequestJournal journal;
    private final InFlight inFlight;

    public Snapshots(SettingsStore store, SettingsService settings, FaultRegistry faults, CredentialStore credentials,
            RequestJournal journal, InFlight inFlight) {
        this.inFlight = inFlight;
        this.store = store;
        this.settings = settings;
        this.faults = faults;
        this.credentials = credentials;
        this.journal = journal;
    }

    public Snapshot export() {
        Map<String, Map<String, SeedSettings>> accounts = new LinkedHashMap<>();
        store.accounts().forEach((sid, both) -> {
            Map<String, SeedSettings> resources = new LinkedHashMap<>();
            for (SettingsKind kind : SettingsKind.values()) {
                if (both.get(kind) != null) {
                    resources.put(kind.resourceName(), SeedSettings.of(both.get(kind)));
                }
            }
            accounts.put(sid, resources);
        });
        List<FaultRuleSpec> rules = faults.list(null).stream().map(FaultRule::spec).toList();
        return new Snapshot(accounts, rules, List.copyOf(credentials.all()));
    }

    /**
     * Replaces settings, rules and credentials by the snapshot's (the configured credentials stay),
     * after checking all of it: an invalid snapshot is refused with every problem listed, and changes nothing.
     * Requests in flight are abandoned first: nothing they would still do lands in the new state.
     */
    public void importSnapshot(Snapshot snapshot) {
        Map<String, AccountSettings> values = checked(snapshot);
        inFlight.abandonAll();
        faults.replaceAll(snapshot.faultsOrEmpty());
        store.replaceAll(values);
        credentials.replaceAll(snapshot.credentialsOrEmpty());
    }

    /** Back to the start-up state, the mock's clock back to real time, and an empty journal. */
    public void reset(Snapshot startup) {
        faults.clock().release();
        importSnapshot(startup);
        journal.clear(JournalQuery.ALL);
    }

    /**
     * The settings the snapshot stores, per account, checked with everything else of it in one
     * pass: every problem is listed in one refusal; more accounts than the store keeps is unavailable.
     */
    private Map<String, AccountSettings> checked(Snapshot snapshot) {
        List<String> problems = new ArrayList<>();
        Map<String, AccountSettings> values = new LinkedHashMap<>();
        snapshot.accountsOrEmpty().forEach((sid, resources) -> {
            if (!Sids.isAccountSid(sid)) {
                problems.add("accounts." + sid + ": must be an Account SID (AC...)");
                return;
            }
            AccountSettings both = AccountSettings.NONE;
            for (Map.Entry<String, SeedSettings> resource : (resources == null ? Map.<String, SeedSettings>of() : resources).entrySet()) {
                String where = "accounts." + sid + "." + resource.getKey() + ": ";
                Optional<SettingsKind> kind = SettingsKind.named(resource.getKey());
                if (kind.isEmpty()) {
                    problems.add(where + "must be CompositionSettings or RecordingSettings");
                } else if (resource.getValue() == null) {
                    problems.add(where + "must be a settings object");
                } else {
                    try {
                        both = both.with(kind.get(), settings.seedValue(resource.getValue().asForm()));
                    } catch (MockException e) {
                        problems.add(where + e.getMessage());
                    }
                }
            }
            values.put(sid, both);
        });
        try {
            faults.validateAll(snapshot.faultsOrEmpty(), "faults");
        } catch (MockException e) {
            problems.addAll(e.details());
        }
        List<?> given = snapshot.credentialsOrEmpty();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                problems.add("credentials[" + i + "]: must be a credential object");
            }
        }
        if (!problems.isEmpty()) {
            throw MockException.invalid("Invalid snapshot", problems);
        }
        if (snapshot.accountsOrEmpty().size() > store.maxAccounts()) {
            throw StoreFullException.accounts(store.maxAccounts());
        }
        return values;
    }
}
