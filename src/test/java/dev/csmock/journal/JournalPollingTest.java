package dev.csmock.journal;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Polling the journal with {@code after}: the entries after the cursor come oldest first with the
 * cursor for the next poll, so a poller that reads less than arrives falls behind but skips nothing;
 * when the journal dropped entries before they were read, the page says how many.
 */
@QuarkusTest
@TestProfile(JournalPollingTest.TenEntries.class)
class JournalPollingTest {

    public static class TenEntries extends ConfigOverrides {
        public TenEntries() {
            super("mock.journal.max-entries", "10");
        }
    }

    private static JsonPath poll(String account, long after, int limit) {
        return admin().queryParam("account", account).queryParam("after", after).queryParam("limit", limit)
                .get("/__admin/requests").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void pagesAfterACursorComeOldestFirstAndSkipNothing() {
        String account = Sids.account();
        long start = admin().queryParam("limit", 0).get("/__admin/requests").then().extract().jsonPath().getLong("next");
        for (int i = 0; i < 5; i++) {
            as(account).queryParam("n", i).get(COMPOSITION).then().statusCode(200);
        }

        List<String> seen = new ArrayList<>();
        long cursor = start;
        for (int page = 0; page < 5 && seen.size() < 5; page++) {
            JsonPath answer = poll(account, cursor, 2);
            assertEquals(0, answer.getLong("missed"));
            List<Integer> sequences = answer.getList("requests.sequence", Integer.class);
            for (int i = 1; i < sequences.size(); i++) {
                assertTrue(sequences.get(i - 1) < sequences.get(i), "oldest first: " + sequences);
            }
            seen.addAll(answer.getList("requests.path", String.class));
            cursor = answer.getLong("next");
        }
        assertEquals(5, seen.size(), "every entry read once: " + seen);
        assertEquals(0, poll(account, cursor, 2).getList("requests").size());
    }

    @Test
    void entriesDroppedBeforeBeingReadAreCounted() {
        String account = Sids.account();
        long cursor = poll(account, 0, 0).getLong("next");
        for (int i = 0; i < 14; i++) {
            as(account).get(COMPOSITION).then().statusCode(200);
        }

        JsonPath answer = poll(account, cursor, 100);
        assertEquals(4, answer.getLong("missed"), "14 requests, 10 kept");
        assertEquals(10, answer.getList("requests").size());
        assertEquals(0, poll(account, answer.getLong("next"), 100).getLong("missed"));
    }

    @Test
    void filtersOfTheWrongTypeAreA400NamingTheParameter() {
        admin().queryParam("status", "abc").get("/__admin/requests").then().statusCode(400)
                .body("details[0]", org.hamcrest.Matchers.startsWith("status:"));
        admin().queryParam("limit", "abc").get("/__admin/requests").then().statusCode(400)
                .body("details[0]", org.hamcrest.Matchers.startsWith("limit:"));
        admin().queryParam("faulted", "yes").get("/__admin/requests").then().statusCode(400)
                .body("details[0]", org.hamcrest.Matchers.startsWith("faulted:"));
        admin().queryParam("after", "x").get("/__admin/requests").then().statusCode(400);
        admin().queryParam("faulted", "yes").get("/__admin/requests/count").then().statusCode(400);
        admin().queryParam("limit", "many").get("/__admin/accounts").then().statusCode(400)
                .body("details[0]", org.hamcrest.Matchers.startsWith("limit:"));
    }
}
