package dev.csmock.pact.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import dev.csmock.pact.ProviderStates;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The provider suite against a Pact Broker instead of {@code pacts/}: runs only when
 * {@code -Dpactbroker.url=...} is given (with pact-jvm's other {@code pactbroker.*} properties
 * for authentication, tags and selectors). Results are published only with
 * {@code -Dpact.verifier.publishResults=true} and {@code -Dpact.provider.version=...}.
 */
@QuarkusTest
@Provider("composition-settings-mock")
@PactBroker
@EnabledIfSystemProperty(named = "pactbroker.url", matches = ".+")
class BrokerProviderVerificationTest extends ProviderStateHandlers {

    @Inject
    ProviderStates states;

    @Override
    void apply(String state, Map<String, Object> params, boolean teardown) {
        states.apply(state, params, teardown);
    }
}
