package dev.csmock.faults;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.journal;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §2: matching, triggers (skip, times, probability with seed), phases and delays. */
@QuarkusTest
class TriggersAndDelaysTest {

    private static List<Integer> statuses(String account, String path, int requests) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            statuses.add(as(account).get(path).then().extract().statusCode());
        }
        return statuses;
    }

    @Test
    void skipLetsTheFirstRequestsThroughAndTimesLimitsTheFaults() {
        String account = Sids.account();
        String id = installRule(rule(account, "\"skip\":2,\"times\":2,\"fault\":{\"type\":\"status\",\"status\":500}"));
        assertEquals(List.of(200, 200, 500, 500, 200, 200), statuses(account, COMPOSITION, 6));
        admin().get("/__admin/faults/" + id).then().statusCode(200)
                .body("hits", equalTo(2)).body("remaining", equalTo(0)).body("times", equalTo(2));
    }

    @Test
    void unlimitedRulesReportNullRemaining() {
        String account = Sids.account();
        String id = installRule(rule(account, "\"fault\":{\"type\":\"status\",\"status\":500}"));
        assertEquals(List.of(500, 500, 500), statuses(account, COMPOSITION, 3));
        admin().get("/__admin/faults/" + id).then().body("remaining", nullValue()).body("hits", equalTo(3));
    }

    @Test
    void theSameSeedGivesTheSameFaultsWhateverTheAccount() {
        String rest = "\"probability\":0.5,\"seed\":42,\"fault\":{\"type\":\"status\",\"status\":503}";
        String first = Sids.account();
        String second = Sids.account();
        installRule(rule(first, rest));
        installRule(rule(second, rest));
        List<Integer> firstRun = statuses(first, COMPOSITION, 40);
        List<Integer> secondRun = statuses(second, COMPOSITION, 40);
        assertEquals(firstRun, secondRun);
        assertTrue(firstRun.contains(503) && firstRun.contains(200), firstRun.toString());

        String other = Sids.account();
        installRule(rule(other, rest.replace("42", "7")));
        assertNotEquals(firstRun, statuses(other, COMPOSITION, 40));
    }

    @Test
    void probabilityZeroNeverFiresAndOneAlwaysDoes() {
        String never = Sids.account();
        installRule(rule(never, "\"probability\":0,\"fault\":{\"type\":\"status\",\"status\":500}"));
        assertEquals(List.of(200, 200, 200, 200, 200), statuses(never, COMPOSITION, 5));
        String always = Sids.account();
        installRule(rule(always, "\"probability\":1,\"fault\":{\"type\":\"status\",\"status\":500}"));
        assertEquals(List.of(500, 500, 500, 500, 500), statuses(always, COMPOSITION, 5));
    }

    @Test
    void rulesMatchOnResourceAndMethodAndAGetRuleMatchesHead() {
        String account = Sids.account();
        installRule(rule(account, "\"resource\":\"RecordingSettings\",\"method\":\"GET\",\"fault\":{\"type\":\"status\",\"status\":500}"));
        as(account).get(COMPOSITION).then().statusCode(200);
        form(account).formParam("FriendlyName", "x").post(RECORDING).then().statusCode(200);
        as(account).get(RECORDING).then().statusCode(500);
        as(account).head(RECORDING).then().statusCode(500);
    }

    @Test
    void theAccountsRulesComeBeforeWildcardRulesAndOlderRulesFirst() {
        String account = Sids.account();
        String wildcard = installRule(rule("*", "\"resource\":\"RecordingSettings\",\"fault\":{\"type\":\"status\",\"status\":502}"));
        try {
            installRule(rule(account, "\"resource\":\"RecordingSettings\",\"times\":1,\"fault\":{\"type\":\"status\",\"status\":500}"));
            installRule(rule(account, "\"resource\":\"RecordingSettings\",\"times\":1,\"fault\":{\"type\":\"status\",\"status\":501}"));
            assertEquals(List.of(500, 501, 502, 502), statuses(account, RECORDING, 4));
        } finally {
            admin().delete("/__admin/faults/" + wildcard).then().statusCode(204);
        }
    }

    @Test
    void aRuleForOneAccountNeverTouchesAnotherAndAWildcardRuleTouchesBoth() {
        String a = Sids.account();
        String b = Sids.account();
        installRule(rule(a, "\"resource\":\"CompositionSettings\",\"fault\":{\"type\":\"status\",\"status\":500}"));
        as(a).get(COMPOSITION).then().statusCode(500);
        as(b).get(COMPOSITION).then().statusCode(200);
        String wildcard = installRule(rule("*", "\"resource\":\"RecordingSettings\",\"fault\":{\"type\":\"status\",\"status\":503}"));
        try {
            as(a).get(RECORDING).then().statusCode(503);
            as(b).get(RECORDING).then().statusCode(503);
        } finally {
            admin().delete("/__admin/faults/" + wildcard).then().statusCode(204);
        }
        as(b).get(RECORDING).then().statusCode(200);
    }

    @Test
    void phaseBeforeLeavesThePostWithoutEffect() {
        String account = Sids.account();
        installRule(rule(account, "\"method\":\"POST\",\"times\":1,\"fault\":{\"type\":\"status\",\"status\":503}"));
        form(account).formParam("FriendlyName", "lost").post(COMPOSITION).then().statusCode(503);
        as(account).get(COMPOSITION).then().statusCode(200).body("friendly_name", nullValue());
    }

    @Test
    void phaseAfterStoresThePostThenReplacesTheResponse() {
        String account = Sids.account();
        installRule(rule(account, "\"method\":\"POST\",\"phase\":\"after\",\"times\":1,\"fault\":{\"type\":\"connection-reset\"}"));
        assertThrows(java.io.IOException.class,
                () -> form(account).formParam("FriendlyName", "stored anyway").post(COMPOSITION));
        as(account).get(COMPOSITION).then().statusCode(200).body("friendly_name", equalTo("stored anyway"));
    }

    @Test
    void phaseAfterWithAStatusFault() {
        String account = Sids.account();
        installRule(rule(account, "\"method\":\"POST\",\"phase\":\"after\",\"times\":1,\"fault\":{\"type\":\"status\",\"status\":500}"));
        form(account).formParam("FriendlyName", "kept").post(COMPOSITION).then().statusCode(500).body("code", equalTo(20500));
        as(account).get(COMPOSITION).then().body("friendly_name", equalTo("kept"));
    }

    @Test
    void aFixedDelayAloneGivesACorrectButSlowResponse() {
        String account = Sids.account();
        String id = installRule(rule(account, "\"delay\":{\"fixedMs\":300}"));
        as(account).get(COMPOSITION).then().statusCode(200).body("account_sid", equalTo(account));
        var entry = journal(account);
        assertTrue(entry.getLong("requests[0].durationMs") >= 300, entry.prettify());
        assertEquals(id, entry.getString("requests[0].faultId"));
    }

    @Test
    void aUniformDelayLiesBetweenItsBounds() {
        String account = Sids.account();
        installRule(rule(account, "\"delay\":{\"uniformMs\":[200,250]}"));
        for (int i = 0; i < 6; i++) {
            as(account).get(COMPOSITION).then().statusCode(200);
        }
        // lower bound exact; upper bound with room for a busy machine, far below what a wrong range would give
        for (Object duration : journal(account).getList("requests.durationMs")) {
            long millis = ((Number) duration).longValue();
            assertTrue(millis >= 200 && millis < 250 + 700, "duration " + millis);
        }
    }

    @Test
    void aLognormalDelayIsCappedAtItsMaximum() {
        String account = Sids.account();
        installRule(rule(account, "\"delay\":{\"lognormal\":{\"medianMs\":600000,\"sigma\":0,\"maxMs\":250}}"));
        as(account).get(COMPOSITION).then().statusCode(200);
        assertTrue(journal(account).getLong("requests[0].durationMs") >= 250);
    }

    @Test
    void aDelayComesBeforeAFault() {
        String account = Sids.account();
        installRule(rule(account, "\"delay\":{\"fixedMs\":200},\"fault\":{\"type\":\"status\",\"status\":503}"));
        as(account).get(COMPOSITION).then().statusCode(503);
        assertTrue(journal(account).getLong("requests[0].durationMs") >= 200);
    }
}
