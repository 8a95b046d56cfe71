package dev.csmock.verification;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.csmock.support.RawSocket;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** SPEC §7: {@code POST /__admin/requests/verify} and {@code /verify-sequence}, one test per rule. */
@QuarkusTest
class VerificationTest {

    private static ValidatableResponse verify(String body) {
        return admin().body(body).post("/__admin/requests/verify").then();
    }

    private static ValidatableResponse verifySequence(String body) {
        return admin().body(body).post("/__admin/requests/verify-sequence").then();
    }

    @Test
    void aVerificationThatHoldsIs202WithTheCountAndWhatWasExpected() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "archive").post(COMPOSITION).then().statusCode(200);
        verify("{\"account\":\"" + account + "\",\"resource\":\"CompositionSettings\",\"method\":\"POST\",\"status\":200,"
                + "\"faulted\":false,\"params\":{\"FriendlyName\":\"archive\",\"AwsS3Url\":null},"
                + "\"times\":{\"atLeast\":1,\"atMost\":1}}")
                .statusCode(202)
                .body("holds", equalTo(true))
                .body("count", equalTo(1))
                .body("expected", equalTo("exactly 1"))
                .body("closest", hasSize(0));
    }

    @Test
    void timesDefaultsToAtLeastOnce() {
        String account = Sids.account();
        as(account).get(COMPOSITION).then().statusCode(200);
        as(account).get(COMPOSITION).then().statusCode(200);
        verify("{\"account\":\"" + account + "\",\"method\":\"GET\"}")
                .statusCode(202).body("count", equalTo(2)).body("expected", equalTo("at least 1"));
        verify("{\"account\":\"" + account + "\",\"method\":\"POST\"}")
                .statusCode(406).body("holds", equalTo(false)).body("count", equalTo(0));
    }

    @Test
    void expectedReadsExactlyAtLeastAtMostOrBetween() {
        String account = Sids.account();
        as(account).get(COMPOSITION).then().statusCode(200);
        String head = "{\"account\":\"" + account + "\",\"times\":";
        verify(head + "{\"exactly\":1}}").statusCode(202).body("expected", equalTo("exactly 1"));
        verify(head + "{\"atLeast\":2}}").statusCode(406).body("expected", equalTo("at least 2"));
        verify(head + "{\"atMost\":3}}").statusCode(202).body("expected", equalTo("at most 3"));
        verify(head + "{\"atLeast\":1,\"atMost\":3}}").statusCode(202).body("expected", equalTo("between 1 and 3"));
        verify(head + "{\"atLeast\":2,\"atMost\":3}}").statusCode(406).body("expected", equalTo("between 2 and 3"));
    }

    @Test
    void aFailedVerificationIs406WithAMessageLikeATestFailureAndTheClosestRequest() {
        String account = Sids.account();
        String id = form(account).formParam("FriendlyName", "archve").post(COMPOSITION).then().statusCode(200)
                .extract().header("Twilio-Request-Id");
        verify("{\"account\":\"" + account + "\",\"resource\":\"CompositionSettings\",\"method\":\"POST\","
                + "\"params\":{\"FriendlyName\":\"archive\"},\"times\":{\"exactly\":1}}")
                .statusCode(406)
                .body("holds", equalTo(false))
                .body("count", equalTo(0))
                .body("message", equalTo("expected exactly 1 POST CompositionSettings with FriendlyName=archive for "
                        + account + ", got 0; closest: POST with FriendlyName=archve (1 difference)"))
                .body("closest", hasSize(1))
                .body("closest[0].id", equalTo(id))
                .body("closest[0].differences[0].field", equalTo("params.FriendlyName"))
                .body("closest[0].differences[0].expected", equalTo("archive"))
                .body("closest[0].differences[0].actual", equalTo("archve"));
    }

    @Test
    void closestListsAtMostThreeFewestDifferencesFirstThenNewestFirst() {
        String account = Sids.account();
        as(account).get(RECORDING).then().statusCode(200);                                                   // 3 differences
        String older = form(account).formParam("FriendlyName", "b").post(COMPOSITION).then().extract().header("Twilio-Request-Id");
        String newer = form(account).formParam("FriendlyName", "c").post(COMPOSITION).then().extract().header("Twilio-Request-Id");
        form(account).formParam("FriendlyName", "d").post(RECORDING).then().statusCode(200);                 // 2 differences
        verify("{\"account\":\"" + account + "\",\"resource\":\"CompositionSettings\",\"method\":\"POST\","
                + "\"params\":{\"FriendlyName\":\"a\"}}")
                .statusCode(406)
                .body("closest", hasSize(3))
                .body("closest[0].id", equalTo(newer))
                .body("closest[1].id", equalTo(older))
                .body("closest[2].differences", hasSize(2));
    }

    @Test
    void atMostZeroAssertsThatNoSuchRequestWasMade() {
        String account = Sids.account();
        as(account).get(COMPOSITION).then().statusCode(200);
        String never = "{\"account\":\"" + account + "\",\"method\":\"POST\",\"times\":{\"atMost\":0}}";
        verify(never).statusCode(202).body("expected", equalTo("at most 0"));
        form(account).formParam("FriendlyName", "oops").post(COMPOSITION).then().statusCode(200);
        verify(never).statusCode(406).body("count", equalTo(1))
                .body("message", containsString("expected at most 0 POST for " + account + ", got 1"));
    }

    @Test
    void aNullParamMeansNotSentAndMatchesAGet() {
        String account = Sids.account();
        as(account).get(COMPOSITION).then().statusCode(200);
        form(account).formParam("FriendlyName", "x").formParam("AwsS3Url", "https://bucket/x").post(COMPOSITION).then().statusCode(200);
        verify("{\"account\":\"" + account + "\",\"params\":{\"AwsS3Url\":null},\"times\":{\"exactly\":1}}")
                .statusCode(202).body("count", equalTo(1));
        verify("{\"account\":\"" + account + "\",\"params\":{\"AwsS3Url\":\"https://bucket/x\"},\"times\":{\"exactly\":1}}")
                .statusCode(202);
    }

    @Test
    void statusIsTheStatusAnsweredAndNullMatchesOnlyAConnectionFault() throws Exception {
        String account = Sids.account();
        as(account).get(COMPOSITION).then().statusCode(200);
        form(account).post(COMPOSITION).then().statusCode(400);
        installRule(rule(account, "\"times\":1,\"fault\":{\"type\":\"connection-reset\"}"));
        RawSocket.get(account, RECORDING, 5_000);
        awaitJournal(account, 3);
        verify("{\"account\":\"" + account + "\",\"status\":400,\"times\":{\"exactly\":1}}").statusCode(202);
        verify("{\"account\":\"" + account + "\",\"status\":null,\"times\":{\"exactly\":1}}")
                .statusCode(202).body("count", equalTo(1));
        verify("{\"account\":\"" + account + "\",\"times\":{\"exactly\":3}}").statusCode(202);
    }

    @Test
    void faultedIsWhetherARuleFiredADelayOnlyRuleIncluded() {
        String account = Sids.account();
        installRule(rule(account, "\"times\":1,\"delay\":{\"fixedMs\":1}"));
        as(account).get(COMPOSITION).then().statusCode(200);
        as(account).get(COMPOSITION).then().statusCode(200);
        verify("{\"account\":\"" + account + "\",\"faulted\":true,\"times\":{\"exactly\":1}}").statusCode(202);
        verify("{\"account\":\"" + account + "\",\"faulted\":false,\"times\":{\"exactly\":1}}").statusCode(202);
    }

    @Test
    void verificationIsScopedToTheAccount() {
        String account = Sids.account();
        form(Sids.account()).formParam("FriendlyName", "other").post(COMPOSITION).then().statusCode(200);
        verify("{\"account\":\"" + account + "\",\"times\":{\"atMost\":0}}").statusCode(202);
        verify("{\"account\":\"" + account + "\"}").statusCode(406)
                .body("message", containsString("the journal holds no other request of this account"));
    }

    @Test
    void invalidVerificationsAre400InTheAdminShape() {
        verify("{\"method\":\"GET\"}").statusCode(400).body("error", equalTo("Invalid verification"))
                .body("details", hasItem(containsString("account: is required")));
        verify("{\"account\":\"ACnope\"}").statusCode(400).body("details", hasItem(containsString("Account SID")));
        verify("{\"account\":\"" + Sids.account() + "\",\"colour\":\"blue\"}").statusCode(400)
                .body("details", hasItem(containsString("unknown field 'colour'")));
        verify("{\"account\":\"" + Sids.account() + "\",\"times\":{\"atLeast\":3,\"atMost\":1}}").statusCode(400)
                .body("details", hasItem(containsString("atLeast (3) is more than atMost (1)")));
        verify("{\"account\":\"" + Sids.account() + "\",\"times\":{\"exactly\":1,\"atMost\":1}}").statusCode(400);
        verify("{\"account\":\"" + Sids.account() + "\",\"times\":{\"exactly\":-1}}").statusCode(400);
        verify("{\"account\":\"" + Sids.account() + "\",\"times\":{}}").statusCode(400);
        verify("{\"account\":\"" + Sids.account() + "\",\"resource\":\"Rooms\"}").statusCode(400)
                .body("code", nullValue());
        verify("{\"account\":\"" + Sids.account() + "\",\"status\":\"OK\"}").statusCode(400);
    }

    @Test
    void aSequenceHoldsWhenTheRequestsComeInThisOrderWithOthersBetween() {
        String account = Sids.account();
        as(account).get(COMPOSITION).then().statusCode(200);
        as(account).get(RECORDING).then().statusCode(200);
        form(account).formParam("FriendlyName", "archive").post(COMPOSITION).then().statusCode(200);
        verifySequence("{\"account\":\"" + account + "\",\"requests\":[{\"method\":\"GET\",\"resource\":\"CompositionSettings\"},"
                + "{\"method\":\"POST\",\"params\":{\"FriendlyName\":\"archive\"}}]}")
                .statusCode(202).body("holds", equalTo(true)).body("matched", equalTo(2));
        verifySequence("{\"account\":\"" + account + "\",\"requests\":[{\"method\":\"POST\"},{\"method\":\"GET\"}]}")
                .statusCode(406)
                .body("holds", equalTo(false))
                .body("matched", equalTo(1))
                .body("message", equalTo("expected GET after POST (request 2 of 2) for " + account
                        + "; found 1 of 2 in order"));
    }

    @Test
    void invalidSequencesAre400() {
        verifySequence("{\"account\":\"" + Sids.account() + "\",\"requests\":[]}").statusCode(400)
                .body("error", equalTo("Invalid verification"));
        verifySequence("{\"account\":\"" + Sids.account() + "\",\"requests\":[{\"times\":{\"exactly\":1}}]}").statusCode(400);
        verifySequence("{\"requests\":[{\"method\":\"GET\"}]}").statusCode(400);
    }

    private static void awaitJournal(String account, int entries) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (admin().queryParam("account", account).get("/__admin/requests/count").then().extract()
                    .jsonPath().getInt("count") >= entries) {
                return;
            }
            Thread.sleep(20);
        }
    }
}
