package dev.csmock.journal;

import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.journal;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The journal keeps exactly the latest {@code mock.journal.max-entries} requests, each an
 * immutable copy of what arrived: headers as sent, the body up to {@code mock.journal.max-body-bytes}.
 */
@QuarkusTest
@TestProfile(ExactJournalTest.SmallJournal.class)
class ExactJournalTest {

    public static class SmallJournal extends ConfigOverrides {
        public SmallJournal() {
            super("mock.journal.max-entries", "5", "mock.journal.max-body-bytes", "64");
        }
    }

    @Test
    void aSlowRequestNeverOverwritesNewerEntries() throws Exception {
        String account = Sids.account();
        installRule(rule(account, "\"resource\":\"RecordingSettings\",\"times\":1,\"delay\":{\"fixedMs\":1500}"));
        CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(
                () -> form(account).formParam("FriendlyName", "slow").post(RECORDING).statusCode());
        Thread.sleep(300);
        for (int i = 1; i <= 7; i++) {
            form(account).formParam("FriendlyName", "quick " + i).post(COMPOSITION).then().statusCode(200);
        }
        assertEquals(200, slow.get());

        JsonPath journal = journal(account);
        assertEquals(5, journal.getInt("total"));
        List<String> names = journal.getList("requests.params.FriendlyName");
        assertEquals(List.of("slow", "quick 7", "quick 6", "quick 5", "quick 4"), names);
    }

    @Test
    void headersAreKeptAsTheyWereSent() {
        String account = Sids.account();
        as(account).header("Accept", "text/html").header("X-Trace", "one").get(COMPOSITION).then().statusCode(200);
        JsonPath journal = journal(account);
        assertEquals("text/html", journal.getString("requests[0].headers.Accept"));
        assertEquals("one", journal.getString("requests[0].headers.X-Trace"));
    }

    @Test
    void aLongBodyIsKeptInPartAndMarkedTruncated() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "short").post(COMPOSITION).then().statusCode(200);
        form(account).formParam("FriendlyName", "long " + "x".repeat(200)).post(COMPOSITION).then().statusCode(200);
        JsonPath journal = journal(account);
        assertTrue(journal.getBoolean("requests[0].truncated"));
        assertEquals(0, journal.getMap("requests[0].params").size());
        assertEquals(false, journal.getBoolean("requests[1].truncated"));
        assertEquals("short", journal.getString("requests[1].params.FriendlyName"));
    }
}
