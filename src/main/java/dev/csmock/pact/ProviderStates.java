package dev.csmock.pact;

import dev.csmock.accounts.Sids;
import dev.csmock.errors.MockException;
import dev.csmock.faults.FaultRegistry;
import dev.csmock.faults.FaultRule;
import dev.csmock.journal.JournalQuery;
import dev.csmock.journal.RequestJournal;
import dev.csmock.faults.model.DelaySpec;
import dev.csmock.faults.model.FaultRuleSpec;
import dev.csmock.faults.model.StatusFault;
import dev.csmock.settings.SettingsKind;
import dev.csmock.state.AccountState;
import dev.csmock.state.SeedSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The Pact provider-state catalogue (SPEC §3.1), used alike by the {@code @State} handlers of the
 * provider suite and by {@code POST /__admin/pact/provider-states}. Every state takes
 * {@code accountSid}; teardown forgets that account.
 *
 * <p>States do not stack: pact-jvm sends no teardown by default, so the states of one interaction
 * follow those of the previous one on the same account. A state that installs a rule ({@code the
 * service fails}, {@code the service is slow}) replaces the rules earlier states installed for the
 * account, and any state removes the rules of earlier states that the account has already sent
 * requests under (they belong to an earlier interaction). States of one interaction (no request
 * between them) combine. A state is checked whole before anything changes.
 */
@ApplicationScoped
public class ProviderStates {

    public static final String COMPOSITION_EXISTS = "composition settings exist";
    public static final String NO_COMPOSITION = "no composition settings";
    public static final String RECORDING_EXISTS = "recording settings exist";
    public static final String NO_RECORDING = "no recording settings";
    public static final String SERVICE_FAILS = "the service fails";
    public static final String SERVICE_SLOW = "the service is slow";

    private final AccountState state;
    private final FaultRegistry faults;
    private final RequestJournal journal;
    /** The rules states installed, by id, with the journal's latest sequence number when each was installed. */
    private final Map<String, Long> installed = new ConcurrentHashMap<>();
    private final Map<String, BiConsumer<String, StateParams>> setups = new LinkedHashMap<>();

    public ProviderStates(AccountState state, FaultRegistry faults, RequestJournal journal) {
        this.state = state;
        this.faults = faults;
        this.journal = journal;
        setups.put(COMPOSITION_EXISTS, (account, params) -> seed(account, SettingsKind.COMPOSITION, params));
        setups.put(NO_COMPOSITION, (account, params) -> state.clear(account, SettingsKind.COMPOSITION));
        setups.put(RECORDING_EXISTS, (account, params) -> seed(account, SettingsKind.RECORDING, params));
        setups.put(NO_RECORDING, (account, params) -> state.clear(account, SettingsKind.RECORDING));
        setups.put(SERVICE_FAILS, this::fail);
        setups.put(SERVICE_SLOW, this::slow);
    }

    public List<String> known() {
        return List.copyOf(setups.keySet());
    }

    /**
     * Sets up or tears down a state. An empty or absent state is a no-op (verifiers built on the
     * Rust core send one for interactions without a state); an unknown state is a 400 listing the known ones.
     */
    public void apply(String name, Map<String, ?> rawParams, boolean teardown) {
        if (name == null || name.isBlank()) {
            return;
        }
        BiConsumer<String, StateParams> setup = setups.get(name);
        if (setup == null) {
            throw MockException.invalid("Unknown provider state '" + name + "'",
                    known().stream().map(known -> "known: " + known).toList());
        }
        StateParams params = new StateParams(rawParams);
        String account = params.text("accountSid");
        if (!Sids.isAccountSid(account)) {
            throw MockException.invalid("Invalid provider state params",
                    List.of("params.accountSid: required, an Account SID (AC...), got " + account));
        }
        if (teardown) {
            state.forget(account);
        } else {
            setup.accept(account, params);
            removeEarlierRules(account, name.equals(SERVICE_FAILS) || name.equals(SERVICE_SLOW));
        }
    }

    /**
     * After a setup: removes the account's rules of earlier states, all of them when this state
     * installed a rule, else those the account has sent requests under since they were installed.
     */
    private synchronized void removeEarlierRules(String account, boolean installedOne) {
        installed.keySet().removeIf(id -> faults.find(id).isEmpty());
        List<FaultRule> mine = faults.list(account).stream().filter(rule -> installed.containsKey(rule.id())).toList();
        List<FaultRule> earlier = installedOne && !mine.isEmpty() ? mine.subList(0, mine.size() - 1) : mine;
        for (FaultRule rule : earlier) {
            if (installedOne || requestsSince(account, installed.get(rule.id()))) {
                faults.remove(rule.id());
                installed.remove(rule.id());
            }
        }
    }

    /** Whether the account sent requests journaled after {@code sequence} (an earlier interaction ran). */
    private boolean requestsSince(String account, long sequence) {
        return !journal.poll(JournalQuery.account(account), sequence, 1).entries().isEmpty();
    }

    private void seed(String account, SettingsKind kind, StateParams params) {
        state.seed(account, kind, new SeedSettings(
                params.text("friendlyName"),
                params.text("awsCredentialsSid"),
                params.text("awsS3Url"),
                params.bool("awsStorageEnabled"),
                params.text("encryptionKeySid"),
                params.bool("encryptionEnabled")));
    }

    private void fail(String account, StateParams params) {
        Long status = params.number("status");
        install(account, params, null, new StatusFault(status == null ? 503 : status.intValue(), null, null, null));
    }

    private void slow(String account, StateParams params) {
        Long delay = params.number("delayMs");
        install(account, params, DelaySpec.fixed(delay == null ? 1000L : delay), null);
    }

    private void install(String account, StateParams params, DelaySpec delay, StatusFault fault) {
        String resource = params.text("resource");
        long latest = journal.latest();
        FaultRule rule = faults.install(new FaultRuleSpec(null, account, resource == null ? "*" : resource, "*", null,
                params.number("times"), null, null, null, delay, fault));
        installed.put(rule.id(), latest);
    }
}
