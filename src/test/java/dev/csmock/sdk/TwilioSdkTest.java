package dev.csmock.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.video.v1.CompositionSettings;
import com.twilio.rest.video.v1.RecordingSettings;
import dev.csmock.client.TwilioClients;
import dev.csmock.support.Server;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The official Twilio Java SDK as a real client of the mock (SPEC §1.6). */
@QuarkusTest
class TwilioSdkTest {

    static TwilioRestClient clientFor(String username, String password) {
        return new TwilioRestClient.Builder(username, password)
                .httpClient(new TwilioClients.RedirectingHttpClient(Server.base()))
                .build();
    }

    @Test
    void createsAndFetchesCompositionSettings() {
        String account = Sids.account();
        String credentials = Sids.credential();
        String key = Sids.credential();
        TwilioRestClient client = clientFor(account, "auth-token");

        CompositionSettings created = CompositionSettings.creator("archive")
                .setAwsCredentialsSid(credentials)
                .setAwsS3Url(URI.create("https://my-bucket.s3.amazonaws.com/compositions"))
                .setAwsStorageEnabled(true)
                .setEncryptionKeySid(key)
                .setEncryptionEnabled(true)
                .create(client);
        assertEquals(account, created.getAccountSid());
        assertEquals("archive", created.getFriendlyName());

        CompositionSettings fetched = CompositionSettings.fetcher().fetch(client);
        assertEquals("archive", fetched.getFriendlyName());
        assertEquals(credentials, fetched.getAwsCredentialsSid());
        assertEquals(URI.create("https://my-bucket.s3.amazonaws.com/compositions"), fetched.getAwsS3Url());
        assertTrue(fetched.getAwsStorageEnabled());
        assertEquals(key, fetched.getEncryptionKeySid());
        assertTrue(fetched.getEncryptionEnabled());
        assertEquals(URI.create("https://video.twilio.com/v1/CompositionSettings/Default"), fetched.getUrl());
    }

    @Test
    void createsAndFetchesRecordingSettingsSeparately() {
        String account = Sids.account();
        TwilioRestClient client = clientFor(account, "auth-token");

        RecordingSettings.creator("recordings").create(client);
        RecordingSettings recording = RecordingSettings.fetcher().fetch(client);
        CompositionSettings composition = CompositionSettings.fetcher().fetch(client);

        assertEquals("recordings", recording.getFriendlyName());
        assertFalse(recording.getAwsStorageEnabled());
        assertNull(composition.getFriendlyName());
        assertEquals(URI.create("https://video.twilio.com/v1/RecordingSettings/Default"), recording.getUrl());
    }

    @Test
    void aValidationErrorIsAnApiExceptionWithTwiliosCode() {
        TwilioRestClient client = clientFor(Sids.account(), "auth-token");
        ApiException error = assertThrows(ApiException.class,
                () -> CompositionSettings.creator("x").setAwsCredentialsSid("CR-not-a-sid").create(client));
        assertEquals(20001, error.getCode());
        assertEquals(400, error.getStatusCode());
        assertTrue(error.getMessage().contains("AwsCredentialsSid"), error.getMessage());
        assertEquals("https://www.twilio.com/docs/errors/20001", error.getMoreInfo());
    }

    @Test
    void badCredentialsAreAnApiExceptionWith20003() {
        TwilioRestClient client = clientFor(Sids.apiKey(), "unregistered-secret");
        ApiException error = assertThrows(ApiException.class, () -> CompositionSettings.fetcher().fetch(client));
        assertEquals(20003, error.getCode());
        assertEquals(401, error.getStatusCode());
        assertEquals("Authenticate", error.getMessage());
    }
}
