package dev.csmock.verification;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.twilio.rest.video.v1.CompositionSettings;
import dev.csmock.client.TwilioClients;
import dev.csmock.support.Server;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * SPEC §7.1: matchers beyond equality in request patterns, over HTTP, each through verify (with
 * its near misses), count and find; headers, the credential, and every invalid matcher a 400.
 */
@QuarkusTest
class MatchersTest {

    private static ValidatableResponse verify(String account, String pattern) {
        return admin().body("{\"account\":\"" + account + "\"," + pattern + "}").post("/__admin/requests/verify").then();
    }

    private static int count(String account, String pattern) {
        return admin().body("{\"account\":\"" + account + "\"," + pattern + "}").post("/__admin/requests/count").then()
                .statusCode(200).extract().path("count");
    }

    private static String archive(String friendlyName) {
        String account = Sids.account();
        form(account).formParam("FriendlyName", friendlyName).post(COMPOSITION).then().statusCode(200);
        return account;
    }

    @Test
    void equalToIgnoringCaseMatchesAValueInAnotherCase() {
        String account = archive("Archive");
        String pattern = "\"params\":{\"FriendlyName\":{\"equalTo\":\"ARCHIVE\",\"caseInsensitive\":true}}";
        verify(account, pattern).statusCode(202).body("count", equalTo(1));
        assertEquals(1, count(account, pattern));
        verify(account, "\"params\":{\"FriendlyName\":{\"equalTo\":\"ARCHIVE\"}}").statusCode(406)
                .body("message", containsString("FriendlyName=ARCHIVE"));
        verify(account, "\"params\":{\"FriendlyName\":{\"equalTo\":\"ARCHIVE\",\"caseInsensitive\":false}}").statusCode(406);
    }

    @Test
    void matchesIsARegularExpressionOverTheWholeValue() {
        String account = archive("archive-2026");
        verify(account, "\"params\":{\"FriendlyName\":{\"matches\":\"arch.*-\\\\d{4}\"}}").statusCode(202);
        assertEquals(1, count(account, "\"params\":{\"FriendlyName\":{\"matches\":\"arch.*\"}}"));
        // the whole value, not a part of it
        verify(account, "\"params\":{\"FriendlyName\":{\"matches\":\"arch\"}}").statusCode(406)
                .body("message", containsString("with FriendlyName matching arch for"))
                .body("message", containsString("closest: POST with FriendlyName=archive-2026 (1 difference)"))
                .body("closest[0].differences[0].field", equalTo("params.FriendlyName"))
                .body("closest[0].differences[0].expected.matches", equalTo("arch"))
                .body("closest[0].differences[0].actual", equalTo("archive-2026"));
    }

    @Test
    void doesNotMatchHoldsForASentValueTheExpressionDoesNotMatch() {
        String account = archive("archive");
        verify(account, "\"params\":{\"FriendlyName\":{\"doesNotMatch\":\"tmp.*\"}}").statusCode(202);
        verify(account, "\"params\":{\"FriendlyName\":{\"doesNotMatch\":\"arch.*\"}}").statusCode(406)
                .body("message", containsString("FriendlyName not matching arch.*"));
        // a value not sent matches no value matcher but absent
        assertEquals(0, count(account, "\"params\":{\"AwsS3Url\":{\"doesNotMatch\":\"x\"}}"));
    }

    @Test
    void containsMatchesAPartOfTheValue() {
        String account = archive("daily archive");
        assertEquals(1, count(account, "\"params\":{\"FriendlyName\":{\"contains\":\"chiv\"}}"));
        verify(account, "\"params\":{\"FriendlyName\":{\"contains\":\"backup\"}}").statusCode(406)
                .body("message", containsString("FriendlyName containing backup"));
    }

    @Test
    void presentMatchesAnyValueSentAndAbsentANotSentOne() {
        String account = archive("archive");
        as(account).get(COMPOSITION).then().statusCode(200);
        assertEquals(1, count(account, "\"params\":{\"FriendlyName\":{\"present\":true}}"));
        assertEquals(1, count(account, "\"params\":{\"FriendlyName\":{\"absent\":true}}"));
        assertEquals(1, count(account, "\"params\":{\"FriendlyName\":null}"));
        assertEquals(1, count(account, "\"params\":{\"FriendlyName\":{\"present\":false}}"));
        verify(account, "\"method\":\"GET\",\"params\":{\"FriendlyName\":{\"present\":true}}").statusCode(406)
                .body("message", containsString("GET with FriendlyName sent"))
                .body("closest[0].differences", hasSize(1))
                .body("closest[0].differences[0].actual", nullValue());
    }

    @Test
    void aFailedMatcherCountsAsOneDifferenceAndTheClosestComeFirst() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "tmp").formParam("AwsStorageEnabled", "false").post(COMPOSITION).then()
                .statusCode(200);
        String nearest = form(account).formParam("FriendlyName", "archive-1").formParam("AwsStorageEnabled", "false")
                .post(COMPOSITION).then().statusCode(200).extract().header("Twilio-Request-Id");
        form(account).formParam("FriendlyName", "tmp").formParam("AwsStorageEnabled", "false").post(COMPOSITION).then()
                .statusCode(200);
        verify(account, "\"params\":{\"FriendlyName\":{\"matches\":\"arch.*\"},\"AwsStorageEnabled\":{\"equalTo\":\"TRUE\","
                + "\"caseInsensitive\":true}}")
                .statusCode(406)
                .body("closest[0].id", equalTo(nearest))
                .body("closest[0].differences", hasSize(1))
                .body("closest[1].differences", hasSize(2))
                .body("message", containsString("(1 difference)"));
    }

    @Test
    void headersMatchByNameInAnyCaseAgainstWhatTheClientSent() {
        String account = Sids.account();
        as(account).header("X-Trace", "checkout-42").get(COMPOSITION).then().statusCode(200);
        assertEquals(1, count(account, "\"headers\":{\"x-trace\":{\"matches\":\"checkout-\\\\d+\"}}"));
        assertEquals(1, count(account, "\"headers\":{\"X-TRACE\":\"checkout-42\"}"));
        assertEquals(1, count(account, "\"headers\":{\"X-Other\":{\"absent\":true}}"));
        verify(account, "\"headers\":{\"X-Trace\":{\"contains\":\"cart\"}}").statusCode(406)
                .body("message", containsString("with header X-Trace containing cart"))
                .body("closest[0].differences[0].field", equalTo("headers.X-Trace"))
                .body("closest[0].differences[0].actual", equalTo("checkout-42"));
    }

    @Test
    void aHeaderMatcherNeverShowsASecretInANearMiss() {
        String account = Sids.account();
        given().auth().preemptive().basic(account, "the-secret-token").get(COMPOSITION).then().statusCode(200);
        assertEquals(1, count(account, "\"headers\":{\"Authorization\":{\"matches\":\"Basic .+\"}}"));
        verify(account, "\"headers\":{\"Authorization\":\"Bearer x\"}").statusCode(406)
                .body(not(containsString("the-secret-token")))
                .body("closest[0].differences[0].actual", startsWith("Basic " + account + ":***"));
    }

    @Test
    void theUserAgentOfTheOfficialSdkCanBeMatched() {
        String account = Sids.account();
        CompositionSettings.fetcher().fetch(new com.twilio.http.TwilioRestClient.Builder(account, "token")
                .httpClient(new TwilioClients.RedirectingHttpClient(Server.base())).build());
        verify(account, "\"headers\":{\"User-Agent\":{\"matches\":\"twilio-java/.*\"}},\"times\":{\"exactly\":1}")
                .statusCode(202);
    }

    @Test
    void theCredentialIsTheUserNameTheRequestAuthenticatedWith() {
        String account = Sids.account();
        String key = Sids.apiKey();
        admin().body("{\"username\":\"" + key + "\",\"password\":\"key-secret\",\"account\":\"" + account + "\"}")
                .post("/__admin/credentials").then().statusCode(201);
        given().auth().preemptive().basic(key, "key-secret").get(COMPOSITION).then().statusCode(200);
        as(account).get(COMPOSITION).then().statusCode(200);
        assertEquals(1, count(account, "\"credential\":\"" + key + "\""));
        assertEquals(1, count(account, "\"credential\":{\"matches\":\"AC.*\"}"));
        assertEquals(2, count(account, "\"credential\":{\"present\":true}"));
        verify(account, "\"credential\":{\"matches\":\"SK.*\"},\"times\":{\"exactly\":2}").statusCode(406)
                .body("message", containsString("with credential matching SK.*"))
                .body("closest[0].differences[0].field", equalTo("credential"))
                .body("closest[0].differences[0].actual", equalTo(account));
        admin().queryParam("account", account).get("/__admin/requests").then()
                .body("requests.credential", hasItem(key));
    }

    @Test
    void findReturnsTheMatchingRequestsNewestFirstWithTheTotal() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "archive-1").post(COMPOSITION).then().statusCode(200);
        form(account).formParam("FriendlyName", "tmp").post(COMPOSITION).then().statusCode(200);
        form(account).formParam("FriendlyName", "archive-2").post(COMPOSITION).then().statusCode(200);
        admin().body("{\"account\":\"" + account + "\",\"params\":{\"FriendlyName\":{\"matches\":\"archive-\\\\d\"}},\"limit\":1}")
                .post("/__admin/requests/find").then().statusCode(200)
                .body("total", equalTo(2))
                .body("requests", hasSize(1))
                .body("requests[0].params.FriendlyName", equalTo("archive-2"));
    }

    @Test
    void theJournalsGetFiltersTakeAPatternToo() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "archive-1").post(COMPOSITION).then().statusCode(200);
        form(account).formParam("FriendlyName", "tmp").post(COMPOSITION).then().statusCode(200);
        as(account).get(COMPOSITION).then().statusCode(200);
        String pattern = "{\"params\":{\"FriendlyName\":{\"matches\":\"arch.*\"}}}";
        admin().queryParam("account", account).queryParam("pattern", pattern).get("/__admin/requests").then().statusCode(200)
                .body("total", equalTo(1))
                .body("requests[0].params.FriendlyName", equalTo("archive-1"));
        admin().queryParam("account", account).queryParam("method", "POST")
                .queryParam("pattern", "{\"params\":{\"FriendlyName\":{\"present\":true}}}")
                .get("/__admin/requests/count").then().statusCode(200).body("count", equalTo(2));
        admin().queryParam("account", account).queryParam("after", 0).queryParam("pattern", pattern)
                .get("/__admin/requests").then().statusCode(200).body("requests", hasSize(1));
        admin().queryParam("pattern", "{\"params\":{\"FriendlyName\":{\"matches\":\"(\"}}}")
                .get("/__admin/requests/count").then().statusCode(400)
                .body("details[0]", startsWith("pattern.params.FriendlyName: matches is not a valid Java regular expression"));
        admin().queryParam("pattern", "{\"param\":{}}").get("/__admin/requests").then().statusCode(400)
                .body("details[0]", equalTo("pattern: unknown field 'param'"))
                .body(not(containsString("dev.csmock")));
        admin().queryParam("pattern", "not json").get("/__admin/requests").then().statusCode(400)
                .body("details[0]", startsWith("pattern: "));
    }

    @Test
    void verifySequenceTakesMatchersToo() {
        String account = archive("Archive");
        form(account).formParam("FriendlyName", "archive-2").post(COMPOSITION).then().statusCode(200);
        admin().body("{\"account\":\"" + account + "\",\"requests\":[{\"params\":{\"FriendlyName\":{\"equalTo\":\"archive\","
                + "\"caseInsensitive\":true}}},{\"params\":{\"FriendlyName\":{\"contains\":\"-2\"}}}]}")
                .post("/__admin/requests/verify-sequence").then().statusCode(202).body("matched", equalTo(2));
    }

    @Test
    void anInvalidMatcherIsA400NamingItAndEveryOtherProblem() {
        String account = Sids.account();
        verify(account, "\"params\":{\"FriendlyName\":{\"matches\":\"arch(\"},\"AwsS3Url\":{\"startsWith\":\"https\"},"
                + "\"AwsStorageEnabled\":{\"contains\":\"t\",\"caseInsensitive\":true}},\"headers\":{\"X-A\":42},"
                + "\"credential\":{\"present\":\"yes\"}")
                .statusCode(400)
                .body("details", hasItem(startsWith("params.FriendlyName: matches is not a valid Java regular expression")))
                .body("details", hasItem("params.AwsS3Url: unknown matcher startsWith; use equalTo (with caseInsensitive),"
                        + " matches, doesNotMatch, contains, present or absent"))
                .body("details", hasItem("params.AwsStorageEnabled: caseInsensitive goes with equalTo only"))
                .body("details", hasItem(startsWith("headers.X-A: must be a string, null (not sent) or a matcher object")))
                .body("details", hasItem("credential: present must be true or false"))
                .body(not(containsString("Exception")));
        verify(account, "\"params\":{\"FriendlyName\":{\"matches\":\"a\",\"contains\":\"b\"}}").statusCode(400)
                .body("details", hasItem("params.FriendlyName: give one matcher, not matches and contains"));
        admin().body("{\"params\":{\"FriendlyName\":{}}}").post("/__admin/requests/count").then().statusCode(400)
                .body("details", hasItem(startsWith("params.FriendlyName: give one matcher: equalTo")));
    }

    @Test
    void aRegularExpressionThatBacktracksForeverIsA400NotAHungVerification() {
        String account = archive("a".repeat(30) + "!");
        // 16 s on JDK 17 without a bound
        verify(account, "\"params\":{\"FriendlyName\":{\"matches\":\"(.*a){20}b\"}}").statusCode(400)
                .body("details[0]", startsWith("params.FriendlyName: the regular expression read more than"));
    }

    private static void assertEquals(int expected, int actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }
}
