package dev.csmock.client;

import static dev.csmock.client.ValueMatcher.absent;
import static dev.csmock.client.ValueMatcher.containing;
import static dev.csmock.client.ValueMatcher.equalToIgnoreCase;
import static dev.csmock.client.ValueMatcher.matching;
import static dev.csmock.client.ValueMatcher.notMatching;
import static dev.csmock.client.ValueMatcher.present;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.rest.video.v1.CompositionSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SPEC §7.1 through the client: every matcher sent to the mock, filtered requests and counts, typed near misses. */
@ExtendWith(MockServer.class)
class MatchersClientTest {

    @Test
    void everyValueMatcherIsUnderstoodByTheMock(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        CompositionSettings.creator("Archive-2026").create(account.twilioClient());

        account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam("FriendlyName", matching("Arch.*-\\d{4}")), Times.once());
        account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS)
                .withParam("FriendlyName", equalToIgnoreCase("archive-2026")), Times.once());
        account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS)
                .withParam("FriendlyName", notMatching("tmp.*")), Times.once());
        account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS)
                .withParam("FriendlyName", containing("2026")), Times.once());
        account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).withAnyParam("FriendlyName")
                .withParam("AwsS3Url", absent()), Times.once());
        account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam("FriendlyName", present()), Times.once());
        assertThrows(AssertionError.class, () -> account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS)
                .withAnyParam("AwsS3Url"), Times.once()));
    }

    @Test
    void headersAndTheCredentialOfTheOfficialSdk(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        CompositionSettings.fetcher().fetch(account.twilioClient());
        account.verify(RequestPattern.get(Resource.COMPOSITION_SETTINGS)
                .withHeader("user-agent", matching("twilio-java/.*"))
                .withoutHeader("X-Not-Sent")
                .withCredential(account.sid()), Times.once());
        assertEquals(account.sid(), account.requests().get(0).credential());
    }

    @Test
    void requestsAndCountAreFilteredByTheMock(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        CompositionSettings.creator("archive-1").create(account.twilioClient());
        CompositionSettings.creator("tmp").create(account.twilioClient());
        CompositionSettings.creator("archive-2").create(account.twilioClient());

        RequestPattern archives = RequestPattern.post(Resource.COMPOSITION_SETTINGS)
                .withParam("FriendlyName", matching("archive-\\d"));
        List<RecordedRequest> found = account.requests(archives);
        assertEquals(List.of("archive-2", "archive-1"), found.stream().map(r -> r.params().get("FriendlyName")).toList());
        assertEquals(2, account.count(archives));
        assertEquals(3, account.count(RequestPattern.anyRequest()));
        assertEquals(1, admin.requests(account.sid(), archives, 1).size());
    }

    @Test
    void theClosestRequestsAreTyped(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        CompositionSettings.creator("tmp").create(account.twilioClient());

        VerificationResult result = account.check(RequestPattern.post(Resource.COMPOSITION_SETTINGS)
                .withParam("FriendlyName", matching("arch.*")), Times.once());
        assertFalse(result.holds());
        assertTrue(result.message().contains("with FriendlyName matching arch.* for"), result.message());
        VerificationResult.NearMiss near = result.closest().get(0);
        assertEquals(account.requests().get(0).id(), near.id());
        assertEquals("POST with FriendlyName=tmp", near.request());
        assertEquals(List.of(new VerificationResult.Difference("params.FriendlyName", Map.of("matches", "arch.*"), "tmp")),
                near.differences());

        VerificationResult plain = account.check(RequestPattern.post(Resource.COMPOSITION_SETTINGS)
                .withParam("FriendlyName", "archive").withoutParam("Unsent").status(201), Times.once());
        assertEquals(List.of(new VerificationResult.Difference("status", 201, 200),
                new VerificationResult.Difference("params.FriendlyName", "archive", "tmp")), plain.closest().get(0).differences());
        assertNull(plain.closest().get(0).differences().stream().filter(d -> d.field().equals("params.Unsent"))
                .findFirst().orElse(null));
    }

    @Test
    void anInvalidRegularExpressionIsRefusedByTheMockWithItsName(MockAdmin admin) {
        MockAccount account = admin.newAccount();
        MockAdminException refused = assertThrows(MockAdminException.class, () -> account.count(
                RequestPattern.anyRequest().withParam("FriendlyName", matching("arch("))));
        assertEquals(400, refused.status());
        assertTrue(refused.getMessage().contains("params.FriendlyName: matches is not a valid Java regular expression"),
                refused.getMessage());
    }
}
