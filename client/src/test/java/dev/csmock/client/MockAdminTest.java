package dev.csmock.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.exception.ApiException;
import com.twilio.rest.video.v1.CompositionSettings;
import com.twilio.rest.video.v1.RecordingSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client against the packaged mock, with the official Twilio SDK as the code under test. */
@ExtendWith(MockServer.class)
class MockAdminTest {

    private static final String S3_URL = "https://my-bucket.s3.us-east-1.amazonaws.com/compositions";
    private static final String CREDENTIALS = "CR0123456789abcdef0123456789abcdef";

    @Test
    void anAccountsTwilioClientReadsAndWritesItsOwnSettings(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        assertTrue(account.sid().matches("^AC[0-9a-f]{32}$"), account.sid());
        CompositionSettings created = CompositionSettings.creator("archive").setAwsS3Url(java.net.URI.create(S3_URL))
                .setAwsCredentialsSid(CREDENTIALS).setAwsStorageEnabled(true).create(account.twilioClient());
        assertEquals(account.sid(), created.getAccountSid());
        assertEquals("archive", CompositionSettings.fetcher().fetch(account.twilioClient()).getFriendlyName());
        assertEquals("archive", account.settings(Resource.COMPOSITION_SETTINGS).orElseThrow().friendlyName());
        assertTrue(account.settings(Resource.RECORDING_SETTINGS).isEmpty());
    }

    @Test
    void anInjectedFaultIsRetriedByTheSdkAndVerifiedWithTheClient(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        InstalledFault fault = account.inject(Fault.status(503).onPost().times(1).phase(Phase.AFTER));
        CompositionSettings.creator("retried").create(account.twilioClient());

        account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam("FriendlyName", "retried"), Times.exactly(2));
        account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).faulted(true).status(503), Times.once());
        account.verifySequence(RequestPattern.post(Resource.COMPOSITION_SETTINGS).status(503),
                RequestPattern.post(Resource.COMPOSITION_SETTINGS).status(200));
        assertEquals(1, admin.fault(fault.id()).orElseThrow().hits());
        assertEquals(0L, admin.fault(fault.id()).orElseThrow().remaining());
    }

    @Test
    void aVerificationThatDoesNotHoldThrowsTheMocksMessage(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        CompositionSettings.creator("archve").create(account.twilioClient());
        AssertionError failure = assertThrows(AssertionError.class, () -> account.verify(
                RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam("FriendlyName", "archive"), Times.once()));
        assertEquals("expected exactly 1 POST CompositionSettings with FriendlyName=archive for " + account.sid()
                + ", got 0; closest: POST with FriendlyName=archve (1 difference)", failure.getMessage());
        VerificationResult result = account.check(RequestPattern.anyRequest(), Times.never());
        assertFalse(result.holds());
        assertEquals(1, result.count());
        AssertionError sequence = assertThrows(AssertionError.class, () -> account.verifySequence(
                RequestPattern.get(Resource.COMPOSITION_SETTINGS), RequestPattern.post(Resource.COMPOSITION_SETTINGS)));
        assertTrue(sequence.getMessage().startsWith("expected GET CompositionSettings"), sequence.getMessage());
    }

    @Test
    void faultBuildersWriteTheRulesTheMockTakes(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        List<Fault> faults = List.of(
                Fault.status(429).code(20429).message("slow down").retryAfterSeconds(2).onGet(),
                Fault.malformedBody("truncated-json").withStatus(200).on(Resource.RECORDING_SETTINGS),
                Fault.contentType("text/plain").skip(1),
                Fault.connectionReset().phase(Phase.AFTER).onPost(),
                Fault.connectionClose().probability(0.5, 42),
                Fault.hang(100).times(1),
                Fault.dribble(3, 30).after(Delay.uniform(1, 5)),
                Fault.delayOnly(Delay.lognormal(10, 0.5, 50)),
                Fault.status(500).after(Delay.fixed(1)).id("my-rule-" + account.sid()));
        faults.forEach(account::inject);
        List<InstalledFault> installed = account.faults();
        assertEquals(faults.size(), installed.size());
        assertEquals("slow down", installed.get(0).rule().path("fault").path("message").asText());
        assertNull(installed.get(0).remaining());
        account.removeFaults();
        assertTrue(account.faults().isEmpty());
        MockAdminException refused = assertThrows(MockAdminException.class, () -> account.inject(Fault.status(200)));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("fault.status"), refused.body());
    }

    @Test
    void theJournalShowsWhatTheSdkSent(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        RecordingSettings.fetcher().fetch(account.twilioClient());
        List<RecordedRequest> requests = account.requests();
        assertEquals(1, requests.size());
        assertEquals("GET", requests.get(0).method());
        assertEquals("RecordingSettings", requests.get(0).resource());
        assertEquals(200, requests.get(0).status());
        assertTrue(requests.get(0).headers().get("Authorization").endsWith(":***"));
        assertEquals(1, admin.countRequests(account.sid()));
        admin.clearRequests(account.sid());
        assertEquals(0, admin.countRequests(account.sid()));
    }

    @Test
    void seedingForgettingAndProviderStates(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        account.seed(Resource.RECORDING_SETTINGS, Settings.s3Storage("seeded", S3_URL, CREDENTIALS));
        assertEquals("seeded", RecordingSettings.fetcher().fetch(account.twilioClient()).getFriendlyName());
        admin.clearSettings(account.sid(), Resource.RECORDING_SETTINGS);
        assertNull(RecordingSettings.fetcher().fetch(account.twilioClient()).getFriendlyName());

        admin.providerState("the service fails", Map.of("accountSid", account.sid(), "status", 500));
        ApiException failure = assertThrows(ApiException.class,
                () -> RecordingSettings.fetcher().fetch(account.twilioClient()));
        assertEquals(500, failure.getStatusCode());
        admin.providerStateTeardown("the service fails", Map.of("accountSid", account.sid()));
        assertTrue(account.faults().isEmpty());

        account.seed(Resource.COMPOSITION_SETTINGS, Settings.named("gone soon"));
        account.forget();
        assertTrue(account.settings(Resource.COMPOSITION_SETTINGS).isEmpty());
        assertEquals(0, admin.countRequests(account.sid()));
    }

    @Test
    void credentialsAndSnapshots(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        String key = "SK" + account.sid().substring(2);
        admin.addCredential(key, "key-secret", account.sid());
        MockAccount viaKey = admin.account(key, "key-secret");
        assertEquals(account.sid(), CompositionSettings.fetcher().fetch(
                TwilioClients.forAccount(admin.baseUrl(), viaKey.sid(), viaKey.token())).getAccountSid());
        String snapshot = admin.snapshot();
        assertTrue(snapshot.contains(key), snapshot);
        admin.restore(snapshot);
        admin.removeCredential(key);
        assertThrows(ApiException.class, () -> CompositionSettings.fetcher().fetch(
                TwilioClients.forAccount(admin.baseUrl(), viaKey.sid(), viaKey.token())));
    }
}
