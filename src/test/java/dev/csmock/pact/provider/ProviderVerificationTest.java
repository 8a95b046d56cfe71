package dev.csmock.pact.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.csmock.pact.ProviderStates;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Verifies every consumer contract in {@code pacts/} against the running application, with the
 * states applied in-process by the same {@link ProviderStates} that serves the HTTP state-change
 * endpoint.
 */
@QuarkusTest
@Provider("composition-settings-mock")
@PactFolder("pacts")
class ProviderVerificationTest extends ProviderStateHandlers {

    @Inject
    ProviderStates states;

    @Override
    void apply(String state, Map<String, Object> params, boolean teardown) {
        states.apply(state, params, teardown);
    }
}
