package dev.csmock.faults;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2.2: quotas, concurrency limits, windows and ramps, on the mock's clock that the test
 * freezes and advances (and one on the real clock).
 */
@QuarkusTest
class FaultsOverTimeTest {

    @AfterEach
    void releaseTheClock() {
        admin().post("/__admin/clock/release").then().statusCode(200);
    }

    private static void freeze() {
        admin().post("/__admin/clock/freeze").then().statusCode(200).body("frozen", equalTo(true));
    }

    private static void advance(long ms) {
        admin().body("{\"ms\":" + ms + "}").post("/__admin/clock/advance").then().statusCode(200);
    }

    private static List<Response> parallelGets(String account, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                answers.add(pool.submit(() -> as(account).get(COMPOSITION)));
            }
            List<Response> done = new ArrayList<>();
            for (Future<Response> answer : answers) {
                done.add(answer.get(30, TimeUnit.SECONDS));
            }
            return done;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aQuotaLetsExactlyItsLimitThroughEachWindowUnderParallelRequests() throws Exception {
        freeze();
        String account = Sids.account();
        String id = installRule(rule(account, "\"fault\":{\"type\":\"quota\",\"limit\":5,\"windowMs\":10000}"));

        List<Response> answers = parallelGets(account, 40);
        assertEquals(5, answers.stream().filter(answer -> answer.statusCode() == 200).count());
        List<Response> limited = answers.stream().filter(answer -> answer.statusCode() == 429).toList();
        assertEquals(35, limited.size());
        limited.forEach(answer -> {
            assertEquals("10", answer.header("Retry-After"));
            assertEquals(20429, answer.jsonPath().getInt("code"));
            assertEquals(429, answer.jsonPath().getInt("status"));
        });
        admin().get("/__admin/faults/" + id).then().body("hits", equalTo(35)).body("quotaLeft", equalTo(0))
                .body("active", equalTo(true));

        advance(2_500);
        as(account).get(COMPOSITION).then().statusCode(429).header("Retry-After", "8");   // 7.5 s left, rounded up

        advance(7_500);   // the next window
        for (int i = 0; i < 5; i++) {
            as(account).get(COMPOSITION).then().statusCode(200);
        }
        as(account).get(COMPOSITION).then().statusCode(429);
        admin().queryParam("account", account).queryParam("status", 429).queryParam("limit", 1).get("/__admin/requests")
                .then().body("requests[0].faultReason", equalTo("quota")).body("requests[0].faultId", equalTo(id));
    }

    @Test
    void anAnyAccountQuotaKeepsABudgetPerAccount() {
        freeze();
        String first = Sids.account();
        String second = Sids.account();
        String id = installRule("{\"account\":\"*\",\"resource\":\"RecordingSettings\",\"fault\":{\"type\":\"quota\",\"limit\":1,"
                + "\"windowMs\":1000}}");
        try {
            as(first).get("/v1/RecordingSettings/Default").then().statusCode(200);
            as(first).get("/v1/RecordingSettings/Default").then().statusCode(429).header("Retry-After", "1");
            as(second).get("/v1/RecordingSettings/Default").then().statusCode(200);
        } finally {
            admin().delete("/__admin/faults/" + id).then().statusCode(204);
        }
    }

    @Test
    void aConcurrencyLimitRefusesRequestsBeyondItWhileOthersAreInFlight() throws Exception {
        String account = Sids.account();
        installRule(rule(account, "\"fault\":{\"type\":\"concurrency-limit\",\"max\":2}"));
        installRule(rule(account, "\"delay\":{\"fixedMs\":1500}"));   // keeps the admitted ones in flight

        List<Response> answers = parallelGets(account, 5);

        assertEquals(2, answers.stream().filter(answer -> answer.statusCode() == 200).count(), "two in flight at once");
        assertEquals(3, answers.stream().filter(answer -> answer.statusCode() == 429).count());
        as(account).get(COMPOSITION).then().statusCode(200);   // the places were given back when the answers were sent
        admin().queryParam("account", account).queryParam("status", 429).get("/__admin/requests")
                .then().body("requests[0].faultReason", equalTo("concurrency"));
    }

    @Test
    void aWindowFailsOnlyInsideIt() {
        freeze();
        String account = Sids.account();
        String id = installRule(rule(account, "\"startsAfterMs\":10000,\"activeForMs\":30000,"
                + "\"fault\":{\"type\":\"status\",\"status\":503}"));

        as(account).get(COMPOSITION).then().statusCode(200);
        admin().get("/__admin/faults/" + id).then().body("active", equalTo(false)).body("hits", equalTo(0));
        advance(10_000);
        as(account).get(COMPOSITION).then().statusCode(503);
        admin().get("/__admin/faults/" + id).then().body("active", equalTo(true));
        admin().queryParam("account", account).queryParam("status", 503).get("/__admin/requests")
                .then().body("requests[0].faultReason", equalTo("window"));
        advance(29_999);
        as(account).get(COMPOSITION).then().statusCode(503);
        advance(1);
        as(account).get(COMPOSITION).then().statusCode(200);
        admin().get("/__admin/faults/" + id).then().body("active", equalTo(false)).body("hits", equalTo(2));
    }

    @Test
    void aProbabilityRampRisesFromItsStartToItsEndUnderAFixedSeed() {
        freeze();
        String account = Sids.account();
        installRule(rule(account, "\"seed\":42,\"probability\":{\"from\":0.0,\"to\":1.0,\"overMs\":100000},"
                + "\"fault\":{\"type\":\"status\",\"status\":500}"));

        List<Integer> fired = new ArrayList<>();
        for (int step = 0; step <= 4; step++) {
            int count = 0;
            for (int i = 0; i < 40; i++) {
                if (as(account).get(COMPOSITION).statusCode() == 500) {
                    count++;
                }
            }
            fired.add(count);
            advance(25_000);
        }
        assertEquals(0, fired.get(0), "at 0 %: " + fired);
        assertEquals(40, fired.get(4), "at 100 %: " + fired);
        for (int i = 1; i < fired.size(); i++) {
            assertTrue(fired.get(i - 1) <= fired.get(i), "rises: " + fired);
        }
        assertTrue(fired.get(2) > 5 && fired.get(2) < 35, "about half at 50 %: " + fired);
    }

    @Test
    void aDelayRampGrowsOnTheMocksClock() {
        freeze();
        String account = Sids.account();
        installRule(rule(account, "\"delay\":{\"rampMs\":{\"fromMs\":0,\"toMs\":400,\"overMs\":60000}}"));

        as(account).get(COMPOSITION).then().statusCode(200);
        advance(60_000);
        as(account).get(COMPOSITION).then().statusCode(200);

        List<Integer> durations = admin().queryParam("account", account).get("/__admin/requests").then().extract()
                .jsonPath().getList("requests.durationMs", Integer.class);
        assertTrue(durations.get(0) >= 400, "at the end of the ramp: " + durations);
        assertTrue(durations.get(1) < 400, "at its start: " + durations);
    }

    @Test
    void aQuotaOnTheRealClockRecoversInTheNextWindow() throws Exception {
        String account = Sids.account();
        installRule(rule(account, "\"fault\":{\"type\":\"quota\",\"limit\":2,\"windowMs\":700}"));
        int limited = 0;
        for (int i = 0; i < 3; i++) {
            limited += as(account).get(COMPOSITION).statusCode() == 429 ? 1 : 0;
        }
        assertTrue(limited >= 1, "the third request of a window is over the quota");
        Thread.sleep(1_500);   // past the window the requests above fell in (and the next)
        as(account).get(COMPOSITION).then().statusCode(200);
    }

    @Test
    void theClockIsReadFrozenAdvancedAndReleasedAndResetReleasesIt() {
        long frozenAt = admin().post("/__admin/clock/freeze").then().statusCode(200).extract().jsonPath().getLong("nowMs");
        admin().get("/__admin/clock").then().body("frozen", equalTo(true)).body("nowMs", equalTo(frozenAt));
        admin().body("{\"ms\":5000}").post("/__admin/clock/advance").then().statusCode(200)
                .body("nowMs", equalTo(frozenAt + 5000));
        admin().post("/__admin/reset").then().statusCode(204);
        admin().get("/__admin/clock").then().body("frozen", equalTo(false));
    }

    @Test
    void invalidCombinationsAreRefusedAndNothingIsStored() {
        String account = Sids.account();
        refused(rule(account, "\"times\":3,\"fault\":{\"type\":\"quota\",\"limit\":5,\"windowMs\":1000}"),
                "cannot have times, skip or a probability");
        refused(rule(account, "\"probability\":0.5,\"fault\":{\"type\":\"concurrency-limit\",\"max\":2}"),
                "cannot have times, skip or a probability");
        refused(rule(account, "\"startsAfterMs\":-1,\"fault\":{\"type\":\"status\",\"status\":503}"), "startsAfterMs");
        refused(rule(account, "\"activeForMs\":0,\"fault\":{\"type\":\"status\",\"status\":503}"), "activeForMs");
        refused(rule(account, "\"probability\":{\"from\":0,\"to\":1.5,\"overMs\":1000},\"fault\":{\"type\":\"status\","
                + "\"status\":503}"), "between 0 and 1");
        refused(rule(account, "\"probability\":{\"from\":0,\"upto\":1,\"overMs\":1000},\"fault\":{\"type\":\"status\","
                + "\"status\":503}"), "unknown field 'upto'");
        refused(rule(account, "\"fault\":{\"type\":\"quota\",\"limit\":0,\"windowMs\":1000}"), "fault.limit");
        admin().get("/__admin/faults?account=" + account).then().body("size()", equalTo(0));
        admin().body("{\"ms\":-5}").post("/__admin/clock/advance").then().statusCode(400)
                .body("details[0]", containsString("only moves forward"));
    }

    private static void refused(String body, String detail) {
        admin().body(body).post("/__admin/faults").then().statusCode(400).body("details.toString()", containsString(detail));
    }
}
