package dev.csmock.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmock.accounts.Credential;
import dev.csmock.accounts.CredentialStore;
import dev.csmock.accounts.Sids;
import dev.csmock.config.MockConfig;
import dev.csmock.errors.AdminException;
import dev.csmock.errors.TwilioException;
import dev.csmock.faults.FaultRegistry;
import dev.csmock.faults.FaultRule;
import dev.csmock.faults.model.FaultRuleSpec;
import dev.csmock.journal.JournalQuery;
import dev.csmock.journal.RequestJournal;
import dev.csmock.settings.AccountSettings;
import dev.csmock.settings.Settings;
import dev.csmock.settings.SettingsKind;
import dev.csmock.settings.SettingsService;
import dev.csmock.settings.SettingsStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The state-changing operations behind the admin API (and the Pact provider states): seeding and
 * clearing an account's settings, forgetting an account, snapshots, and reset to the start-up
 * state (credentials from the configuration, then {@code MOCK_SEED_FILE} and {@code MOCK_FAULTS_FILE}).
 */
@ApplicationScoped
public class MockState {

    private final SettingsStore store;
    private final SettingsService settings;
    private final FaultRegistry faults;
    private final RequestJournal journal;
    private final CredentialStore credentials;
    private final ObjectMapper json;
    private final Optional<String> seedFile;
    private final Optional<String> faultsFile;

    public MockState(SettingsStore store, SettingsService settings, FaultRegistry faults, RequestJournal journal,
            CredentialStore credentials, ObjectMapper json, MockConfig config) {
        this.store = store;
        this.settings = settings;
        this.faults = faults;
        this.journal = journal;
        this.credentials = credentials;
        this.json = json;
        this.seedFile = config.seedFile().filter(file -> !file.isBlank());
        this.faultsFile = config.faults().file().filter(file -> !file.isBlank());
    }

    /** Seeds one resource of one account; a 400 names what is invalid. */
    public SeedSettings seed(String account, SettingsKind kind, SeedSettings seed) {
        requireAccountSid(account);
        try {
            return SeedSettings.of(settings.seed(account, kind, seed.asForm()));
        } catch (TwilioException e) {
            throw AdminException.badRequest("Invalid settings", List.of(e.getMessage()));
        }
    }

    public Optional<SeedSettings> read(String account, SettingsKind kind) {
        return store.find(account, kind).map(SeedSettings::of);
    }

    public boolean clear(String account, SettingsKind kind) {
        return settings.clear(account, kind);
    }

    /** Forgets an account: its settings, its own fault rules and its journal entries. */
    public void forget(String account) {
        store.forget(account);
        faults.removeAll(account);
        journal.clear(JournalQuery.account(account));
    }

    /** Accounts seen (journal), seeded or posted (store), or with rules of their own. */
    public List<AccountSummary> accounts() {
        Map<String, AccountSettings> stored = store.accounts();
        TreeSet<String> sids = new TreeSet<>(stored.keySet());
        sids.addAll(journal.accounts());
        faults.accounts().stream().filter(Sids::isAccountSid).forEach(sids::add);
        List<AccountSummary> summaries = new ArrayList<>();
        for (String sid : sids) {
            AccountSettings both = stored.getOrDefault(sid, AccountSettings.NONE);
            summaries.add(new AccountSummary(sid, seedOf(both.composition()), seedOf(both.recording()),
                    journal.count(JournalQuery.account(sid)), faults.list(sid).size()));
        }
        return summaries;
    }

    private static SeedSettings seedOf(Settings settings) {
        return settings == null ? null : SeedSettings.of(settings);
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
     * Replaces settings, rules and credentials by the snapshot's, after checking all of it: an
     * invalid snapshot changes nothing. Credentials of the configuration stay.
     */
    public void importSnapshot(Snapshot snapshot) {
        Map<String, Map<SettingsKind, Settings>> values = validatedSettings(snapshot);
        snapshot.faultsOrEmpty().forEach(faults::validate);
        store.clearAll();
        faults.removeAll(null);
        credentials.reset();
        snapshot.credentialsOrEmpty().forEach(credentials::add);
        values.forEach((sid, resources) -> resources.forEach((kind, value) -> store.update(sid, kind, current -> value)));
        snapshot.faultsOrEmpty().forEach(faults::install);
    }

    private Map<String, Map<SettingsKind, Settings>> validatedSettings(Snapshot snapshot) {
        Map<String, Map<SettingsKind, Settings>> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        snapshot.accountsOrEmpty().forEach((sid, resources) -> {
            if (!Sids.isAccountSid(sid)) {
                problems.add("accounts." + sid + ": must be an Account SID (AC...)");
                return;
            }
            resources.forEach((name, seed) -> {
                Optional<SettingsKind> kind = SettingsKind.named(name);
                if (kind.isEmpty()) {
                    problems.add("accounts." + sid + "." + name + ": must be CompositionSettings or RecordingSettings");
                    return;
                }
                try {
                    values.computeIfAbsent(sid, ignored -> new LinkedHashMap<>())
                            .put(kind.get(), settings.seedValue(seed.asForm()));
                } catch (TwilioException e) {
                    problems.add("accounts." + sid + "." + name + ": " + e.getMessage());
                }
            });
        });
        if (!problems.isEmpty()) {
            throw AdminException.badRequest("Invalid snapshot", problems);
        }
        return values;
    }

    /** Back to the start-up state: configured credentials, then the seed file and the rules file. */
    public void reset() {
        Snapshot seed = seedFile.map(file -> read(file, "MOCK_SEED_FILE", new TypeReference<Snapshot>() { }))
                .orElse(Snapshot.EMPTY);
        List<FaultRuleSpec> rules = faultsFile
                .map(file -> read(file, "MOCK_FAULTS_FILE", new TypeReference<List<FaultRuleSpec>>() { }))
                .orElse(List.of());
        List<FaultRuleSpec> all = new ArrayList<>(seed.faultsOrEmpty());
        all.addAll(rules);
        try {
            importSnapshot(new Snapshot(seed.accounts(), all, seed.credentials()));
        } catch (AdminException e) {
            throw new IllegalStateException("Invalid start-up files (MOCK_SEED_FILE=" + seedFile.orElse("none")
                    + ", MOCK_FAULTS_FILE=" + faultsFile.orElse("none") + "): " + e.getMessage() + ": "
                    + e.body().details(), e);
        }
        journal.clear(JournalQuery.ALL);
    }

    private <T> T read(String file, String setting, TypeReference<T> type) {
        try {
            T value = json.readValue(Files.readString(Path.of(file)), type);
            if (value == null) {
                throw new IllegalStateException(setting + " " + file + " is empty (JSON null)");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Invalid JSON in " + setting + " " + file + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + setting + " " + file + ": " + e, e);
        }
    }

    private static void requireAccountSid(String account) {
        if (!Sids.isAccountSid(account)) {
            throw AdminException.badRequest("Invalid account", List.of("must be an Account SID (AC...): " + account));
        }
    }
}
