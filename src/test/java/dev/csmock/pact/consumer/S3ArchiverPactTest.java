package dev.csmock.pact.consumer;

import static dev.csmock.pact.consumer.TwilioContract.ACCOUNT;
import static dev.csmock.pact.consumer.TwilioContract.CREDENTIALS;
import static dev.csmock.pact.consumer.TwilioContract.JSON;
import static dev.csmock.pact.consumer.TwilioContract.KEY;
import static dev.csmock.pact.consumer.TwilioContract.PROVIDER;
import static dev.csmock.pact.consumer.TwilioContract.S3_URL;
import static dev.csmock.pact.consumer.TwilioContract.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.video.v1.CompositionSettings;
import com.twilio.rest.video.v1.RecordingSettings;
import dev.csmock.pact.ProviderStates;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Consumer "s3-archiver": a service that turns on external S3 storage for compositions and
 * recordings with the official Twilio Java SDK, then reads the settings back.
 */
@ExtendWith(CommittedPacts.class)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V3)
class S3ArchiverPactTest {

    private static final String CONSUMER = "s3-archiver";
    private static final String STORAGE = "&AwsCredentialsSid=" + CREDENTIALS
            + "&AwsS3Url=" + S3_URL.replace(":", "%3A").replace("/", "%2F") + "&AwsStorageEnabled=true";
    private static final String COMPOSITION_FORM = "FriendlyName=archive" + STORAGE;
    private static final String RECORDING_FORM = "FriendlyName=recordings" + STORAGE
            + "&EncryptionKeySid=" + KEY + "&EncryptionEnabled=true";

    @Pact(consumer = CONSUMER)
    RequestResponsePact enableCompositionStorage(PactDslWithProvider builder) {
        return TwilioContract.post(builder, ProviderStates.NO_COMPOSITION, account(),
                        "a request to store compositions in S3", "/v1/CompositionSettings/Default", COMPOSITION_FORM)
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(TwilioContract.settings("CompositionSettings", "archive", true, false))
                .toPact();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact readCompositionStorage(PactDslWithProvider builder) {
        return TwilioContract.get(builder, ProviderStates.COMPOSITION_EXISTS,
                        account("friendlyName", "archive", "awsCredentialsSid", CREDENTIALS, "awsS3Url", S3_URL,
                                "awsStorageEnabled", true),
                        "a request for the composition settings", "/v1/CompositionSettings/Default")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(TwilioContract.settings("CompositionSettings", "archive", true, false))
                .toPact();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact enableEncryptedRecordingStorage(PactDslWithProvider builder) {
        return TwilioContract.post(builder, ProviderStates.NO_RECORDING, account(),
                        "a request to store encrypted recordings in S3", "/v1/RecordingSettings/Default", RECORDING_FORM)
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(TwilioContract.settings("RecordingSettings", "recordings", true, true))
                .toPact();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact readRecordingStorage(PactDslWithProvider builder) {
        return TwilioContract.get(builder, ProviderStates.RECORDING_EXISTS,
                        account("friendlyName", "recordings", "awsCredentialsSid", CREDENTIALS, "awsS3Url", S3_URL,
                                "awsStorageEnabled", true, "encryptionKeySid", KEY, "encryptionEnabled", true),
                        "a request for the recording settings", "/v1/RecordingSettings/Default")
                .willRespondWith().status(200)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(TwilioContract.settings("RecordingSettings", "recordings", true, true))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "enableCompositionStorage")
    void turnsOnS3StorageForCompositions(MockServer server) {
        TwilioRestClient client = TwilioContract.client(server.getUrl());
        CompositionSettings settings = CompositionSettings.creator("archive")
                .setAwsCredentialsSid(CREDENTIALS)
                .setAwsS3Url(URI.create(S3_URL))
                .setAwsStorageEnabled(true)
                .create(client);
        assertTrue(settings.getAwsStorageEnabled());
        assertEquals(ACCOUNT, settings.getAccountSid());
    }

    @Test
    @PactTestFor(pactMethod = "readCompositionStorage")
    void readsTheCompositionStorageBack(MockServer server) {
        CompositionSettings settings = CompositionSettings.fetcher().fetch(TwilioContract.client(server.getUrl()));
        assertEquals(URI.create(S3_URL), settings.getAwsS3Url());
        assertTrue(settings.getAwsStorageEnabled());
    }

    @Test
    @PactTestFor(pactMethod = "enableEncryptedRecordingStorage")
    void turnsOnEncryptedS3StorageForRecordings(MockServer server) {
        RecordingSettings settings = RecordingSettings.creator("recordings")
                .setAwsCredentialsSid(CREDENTIALS)
                .setAwsS3Url(URI.create(S3_URL))
                .setAwsStorageEnabled(true)
                .setEncryptionKeySid(KEY)
                .setEncryptionEnabled(true)
                .create(TwilioContract.client(server.getUrl()));
        assertTrue(settings.getEncryptionEnabled());
    }

    @Test
    @PactTestFor(pactMethod = "readRecordingStorage")
    void readsTheRecordingStorageBack(MockServer server) {
        RecordingSettings settings = RecordingSettings.fetcher().fetch(TwilioContract.client(server.getUrl()));
        assertEquals(KEY, settings.getEncryptionKeySid());
    }
}
