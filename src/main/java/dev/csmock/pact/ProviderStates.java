package dev.csmock.pact;

import dev.csmock.accounts.Sids;
import dev.csmock.errors.MockException;
import dev.csmock.faults.FaultRegistry;
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
import java.util.function.BiConsumer;

/**
 * The Pact provider-state catalogue (SPEC §3.1), used alike by the {@code @State} handlers of the
 * provider suite and by {@code POST /__admin/pact/provider-states}. Every state takes
 * {@code accountSid}; teardown forgets that account.
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
    private final Map<String, BiConsumer<String, StateParams>> setups = new LinkedHashMap<>();

    public ProviderStates(AccountState state, FaultRegistry faults) {
        this.state = state;
        this.faults = faults;
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
        }
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
        install(account, params, new DelaySpec(delay == null ? 1000L : delay, null, null), null);
    }

    private void install(String account, StateParams params, DelaySpec delay, StatusFault fault) {
        String resource = params.text("resource");
        faults.install(new FaultRuleSpec(null, account, resource == null ? "*" : resource, "*", null,
                params.number("times"), null, null, null, delay, fault));
    }
}
