package dev.csmock.pact.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import dev.csmock.pact.ProviderStates;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider suite's verification and its {@code @State} handler for every state of the
 * catalogue (SPEC §3.1). How a state is applied is left to the subclass: in-process through
 * {@link ProviderStates}, or over HTTP through the state-change endpoint.
 */
abstract class ProviderStateHandlers {

    /** Sets up or tears down one state. */
    abstract void apply(String state, Map<String, Object> params, boolean teardown);

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", RestAssured.port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State(ProviderStates.COMPOSITION_EXISTS)
    void compositionSettingsExist(Map<String, Object> params) {
        apply(ProviderStates.COMPOSITION_EXISTS, params, false);
    }

    @State(ProviderStates.NO_COMPOSITION)
    void noCompositionSettings(Map<String, Object> params) {
        apply(ProviderStates.NO_COMPOSITION, params, false);
    }

    @State(ProviderStates.RECORDING_EXISTS)
    void recordingSettingsExist(Map<String, Object> params) {
        apply(ProviderStates.RECORDING_EXISTS, params, false);
    }

    @State(ProviderStates.NO_RECORDING)
    void noRecordingSettings(Map<String, Object> params) {
        apply(ProviderStates.NO_RECORDING, params, false);
    }

    @State(ProviderStates.SERVICE_FAILS)
    void theServiceFails(Map<String, Object> params) {
        apply(ProviderStates.SERVICE_FAILS, params, false);
    }

    @State(ProviderStates.SERVICE_SLOW)
    void theServiceIsSlow(Map<String, Object> params) {
        apply(ProviderStates.SERVICE_SLOW, params, false);
    }

    /** Teardown forgets the account named in {@code accountSid}, whatever the state. */
    @State(value = {ProviderStates.COMPOSITION_EXISTS, ProviderStates.NO_COMPOSITION, ProviderStates.RECORDING_EXISTS,
            ProviderStates.NO_RECORDING, ProviderStates.SERVICE_FAILS, ProviderStates.SERVICE_SLOW},
            action = StateChangeAction.TEARDOWN)
    void forgetTheAccount(Map<String, Object> params) {
        apply(ProviderStates.NO_COMPOSITION, params, true);
    }
}
