package dev.csmock.sdk;

import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.journal;
import static dev.csmock.support.Admin.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.video.v1.CompositionSettings;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** SPEC §1.6 and §2: twilio-java retries a 5xx, so one injected 503 is invisible to the caller but not to the journal. */
@QuarkusTest
class TwilioSdkRetryTest {

    @Test
    void theSdkSucceedsOnItsRetryAndTheJournalShowsBothAttempts() {
        String account = Sids.account();
        String id = installRule(rule(account, "\"times\":1,\"fault\":{\"type\":\"status\",\"status\":503}"));
        TwilioRestClient client = TwilioSdkTest.clientFor(account, "auth-token");

        CompositionSettings settings = CompositionSettings.fetcher().fetch(client);
        assertEquals(account, settings.getAccountSid());

        JsonPath journal = journal(account);
        assertEquals(2, journal.getInt("total"));
        assertEquals(200, journal.getInt("requests[0].status"));
        assertNull(journal.get("requests[0].faultId"));
        assertEquals(503, journal.getInt("requests[1].status"));
        assertEquals(id, journal.getString("requests[1].faultId"));
    }
}
