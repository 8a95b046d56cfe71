package dev.csmock.journal;

import static dev.csmock.support.Admin.journal;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The journal keeps the latest {@code mock.journal.max-entries} requests. */
@QuarkusTest
@TestProfile(BoundedJournalTest.FiveEntries.class)
class BoundedJournalTest {

    public static class FiveEntries extends ConfigOverrides {
        public FiveEntries() {
            super("mock.journal.max-entries", "5");
        }
    }

    @Test
    void onlyTheLatestEntriesAreKept() {
        String account = Sids.account();
        for (int i = 0; i < 12; i++) {
            as(account).queryParam("n", i).get(COMPOSITION).then().statusCode(200);
        }
        JsonPath journal = journal(account);
        assertEquals(5, journal.getInt("total"));
        assertEquals(5, journal.getList("requests").size());
    }
}
