package com.example.archiver;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.csmock.client.MockAdmin;
import dev.csmock.testcontainers.WithCompositionSettingsMock;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

@Provider("composition-settings-mock")
@PactFolder("src/test/resources/pacts")
@WithCompositionSettingsMock
class MockHonoursOurContractTest {

    private MockAdmin mock;

    @BeforeEach
    void target(PactVerificationContext context, MockAdmin mock) throws Exception {
        this.mock = mock;
        context.setTarget(HttpTestTarget.fromUrl(URI.create(mock.baseUrl()).toURL()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void honours(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State("composition settings exist")   // one per state your pacts use; a refused state fails the test
    void compositionSettingsExist(Map<String, Object> params) {
        mock.providerState("composition settings exist", params);
    }

    @State(value = "composition settings exist", action = StateChangeAction.TEARDOWN)
    void forgetTheAccount(Map<String, Object> params) {
        mock.forget((String) params.get("accountSid"));
    }
}
