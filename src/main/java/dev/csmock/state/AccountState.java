package dev.csmock.state;

import dev.csmock.accounts.Sids;
import dev.csmock.errors.MockException;
import dev.csmock.errors.Problem;
import dev.csmock.faults.FaultRegistry;
import dev.csmock.journal.JournalQuery;
import dev.csmock.journal.RequestJournal;
import dev.csmock.settings.AccountSettings;
import dev.csmock.settings.Settings;
import dev.csmock.settings.SettingsKind;
import dev.csmock.settings.SettingsService;
import dev.csmock.settings.SettingsStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One account's state across the stores (admin API and Pact provider states): seeding, reading
 * and clearing its settings, forgetting it, and the listing of accounts.
 */
@ApplicationScoped
public class AccountState {

    private final SettingsStore store;
    private final SettingsService settings;
    private final FaultRegistry faults;
    private final RequestJournal journal;
    private final InFlight inFlight;

    public AccountState(SettingsStore store, SettingsService settings, FaultRegistry faults, RequestJournal journal,
            InFlight inFlight) {
        this.inFlight = inFlight;
        this.store = store;
        this.settings = settings;
        this.faults = faults;
        this.journal = journal;
    }

    /** Seeds one resource of one account; an invalid value is refused with what is wrong, a full store is unavailable. */
    public SeedSettings seed(String account, SettingsKind kind, SeedSettings seed) {
        requireAccountSid(account);
        try {
            return SeedSettings.of(settings.seed(account, kind, seed.asForm()));
        } catch (MockException e) {
            if (e.problem() == Problem.INVALID) {
                throw MockException.invalid("Invalid settings", List.of(e.getMessage()));
            }
            throw e;
        }
    }

    public Optional<SeedSettings> read(String account, SettingsKind kind) {
        return store.find(account, kind).map(SeedSettings::of);
    }

    public boolean clear(String account, SettingsKind kind) {
        return settings.clear(account, kind);
    }

    /** Forgets an account: its settings, its own fault rules and its journal entries; its requests in flight are abandoned. */
    public void forget(String account) {
        inFlight.abandon(account);
        store.forget(account);
        faults.removeAll(account);
        journal.clear(JournalQuery.account(account));
    }

    /** A page of the accounts listing, and how many accounts there are in all. */
    public record Page(int total, List<AccountSummary> accounts) {
    }

    /**
     * Accounts seen (journal), seeded or posted (store), or with rules of their own, ordered by SID:
     * {@code limit} of them from {@code offset}. One pass over each store, whatever the page.
     */
    public Page accounts(int offset, int limit) {
        Map<String, AccountSettings> stored = store.accounts();
        Map<String, Integer> requests = journal.countsByAccount();
        TreeSet<String> sids = new TreeSet<>(stored.keySet());
        sids.addAll(requests.keySet());
        faults.accounts().stream().filter(Sids::isAccountSid).forEach(sids::add);
        List<AccountSummary> page = new ArrayList<>(Math.max(0, Math.min(limit, sids.size() - offset)));
        int index = 0;
        for (String sid : sids) {
            if (index++ < offset) {
                continue;
            }
            if (page.size() >= limit) {
                break;
            }
            AccountSettings both = stored.getOrDefault(sid, AccountSettings.NONE);
            page.add(new AccountSummary(sid, seedOf(both.composition()), seedOf(both.recording()),
                    requests.getOrDefault(sid, 0), faults.count(sid)));
        }
        return new Page(sids.size(), page);
    }

    private static SeedSettings seedOf(Settings settings) {
        return settings == null ? null : SeedSettings.of(settings);
    }

    private static void requireAccountSid(String account) {
        if (!Sids.isAccountSid(account)) {
            throw MockException.invalid("Invalid account", List.of("must be an Account SID (AC...): " + account));
        }
    }
}
