package dev.csmock.pact.consumer;

import static dev.csmock.pact.consumer.TwilioContract.ACCOUNT;
import static dev.csmock.pact.consumer.TwilioContract.BASIC;
import static dev.csmock.pact.consumer.TwilioContract.JSON;
import static dev.csmock.pact.consumer.TwilioContract.PROVIDER;
import static dev.csmock.pact.consumer.TwilioContract.SID;
import static dev.csmock.pact.consumer.TwilioContract.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.twilio.exception.ApiException;
import com.twilio.rest.video.v1.CompositionSettings;
import com.twilio.rest.video.v1.RecordingSettings;
import dev.csmock.pact.ProviderStates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer "settings-dashboard": a service that shows the settings with the official Twilio Java
 * SDK and copes with an unconfigured account, bad credentials, a validation error and an outage.
 */
@ExtendWith(CommittedPacts.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V3)
class SettingsDashboardPactTest {

    private static final String CONSUMER = "settings-dashboard";
    private static final String UNKNOWN_KEY = "SK00000000000000000000000000000bad";

    @Pact(consumer = CONSUMER)
    RequestResponsePact unconfiguredAccount(PactDslWithProvider builder) {
        return TwilioContract.get(builder, ProviderStates.NO_COMPOSITION, account(),
                        "a request for the settings of an account that never configured them",
                        "/v1/CompositionSettings/Default")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(new PactDslJsonBody()
                        .stringMatcher("account_sid", SID, ACCOUNT)
                        .nullValue("friendly_name")
                        .nullValue("aws_credentials_sid")
                        .nullValue("aws_s3_url")
                        .booleanValue("aws_storage_enabled", false)
                        .nullValue("encryption_key_sid")
                        .booleanValue("encryption_enabled", false)
                        .stringValue("url", "https://video.twilio.com/v1/CompositionSettings/Default"))
                .toPact();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact badCredentials(PactDslWithProvider builder) {
        return builder.uponReceiving("a request with an API key the provider does not know")
                .method("GET").path("/v1/RecordingSettings/Default")
                .matchHeader("Authorization", BASIC, TwilioContract.basic(UNKNOWN_KEY, "wrong-secret"))
                .willRespondWith().status(401)
                .matchHeader("WWW-Authenticate", "^Basic realm=.*$", "Basic realm=\"Twilio API\"")
                .body(new PactDslJsonBody()
                        .integerType("code", 20003)
                        .stringValue("message", "Authenticate")
                        .stringValue("more_info", "https://www.twilio.com/docs/errors/20003")
                        .integerType("status", 401))
                .toPact();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact validationError(PactDslWithProvider builder) {
        return TwilioContract.post(builder, ProviderStates.NO_RECORDING, account(),
                        "a request with a malformed credentials SID", "/v1/RecordingSettings/Default",
                        "FriendlyName=dashboard&AwsCredentialsSid=CR-not-a-sid")
                .willRespondWith().status(400)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(TwilioContract.error(400, 20001))
                .toPact();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact outage(PactDslWithProvider builder) {
        return TwilioContract.get(builder, ProviderStates.SERVICE_FAILS, account("status", 503),
                        "a request while the service is unavailable", "/v1/CompositionSettings/Default")
                .willRespondWith().status(503)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(TwilioContract.error(503, 20503))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "unconfiguredAccount")
    void showsDefaultsForAnUnconfiguredAccount(MockServer server) {
        CompositionSettings settings = CompositionSettings.fetcher().fetch(TwilioContract.client(server.getUrl()));
        assertNull(settings.getFriendlyName());
        assertFalse(settings.getAwsStorageEnabled());
    }

    @Test
    @PactTestFor(pactMethod = "badCredentials")
    void reportsBadCredentials(MockServer server) {
        ApiException error = assertThrows(ApiException.class, () -> RecordingSettings.fetcher()
                .fetch(TwilioContract.client(server.getUrl(), UNKNOWN_KEY, "wrong-secret")));
        assertEquals(20003, error.getCode());
        assertEquals(401, error.getStatusCode());
    }

    @Test
    @PactTestFor(pactMethod = "validationError")
    void reportsAValidationError(MockServer server) {
        ApiException error = assertThrows(ApiException.class, () -> RecordingSettings.creator("dashboard")
                .setAwsCredentialsSid("CR-not-a-sid").create(TwilioContract.client(server.getUrl())));
        assertEquals(20001, error.getCode());
        assertEquals(400, error.getStatusCode());
    }

    @Test
    @PactTestFor(pactMethod = "outage")
    void reportsAnOutageAfterTheSdksRetries(MockServer server) {
        ApiException error = assertThrows(ApiException.class,
                () -> CompositionSettings.fetcher().fetch(TwilioContract.client(server.getUrl())));
        assertEquals(20503, error.getCode());
        assertEquals(503, error.getStatusCode());
    }
}
