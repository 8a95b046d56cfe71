package dev.csmock.journal;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.journal;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** SPEC §2 and §3: the request journal, its filters, its count and its redaction. */
@QuarkusTest
class RequestJournalTest {

    @Test
    void everyRequestIsJournaledNewestFirstWithItsDetails() {
        String account = Sids.account();
        String requestId = form(account).formParam("FriendlyName", "journaled name").formParam("AwsStorageEnabled", "false")
                .post(COMPOSITION).then().statusCode(200).extract().header("Twilio-Request-Id");
        as(account).get(RECORDING).then().statusCode(200);

        JsonPath journal = journal(account);
        assertEquals(2, journal.getInt("total"));
        assertEquals("GET", journal.getString("requests[0].method"));
        assertEquals("RecordingSettings", journal.getString("requests[0].resource"));
        assertEquals(requestId, journal.getString("requests[1].id"));
        assertEquals("POST", journal.getString("requests[1].method"));
        assertEquals("/v1/CompositionSettings/Default", journal.getString("requests[1].path"));
        assertEquals("CompositionSettings", journal.getString("requests[1].resource"));
        assertEquals(account, journal.getString("requests[1].account"));
        assertEquals(200, journal.getInt("requests[1].status"));
        assertEquals("journaled name", journal.getString("requests[1].params.FriendlyName"));
        assertEquals("false", journal.getString("requests[1].params.AwsStorageEnabled"));
        assertNull(journal.get("requests[1].faultId"));
        assertFalse(journal.getString("requests[1].time").isEmpty());
    }

    @Test
    void authorizationIsRedactedAndPasswordsAreNeverKept() {
        String account = Sids.account();
        given().auth().preemptive().basic(account, "super-secret-token").get(COMPOSITION).then().statusCode(200);
        admin().queryParam("account", account).get("/__admin/requests").then()
                .body("requests[0].headers.Authorization", equalTo("Basic " + account + ":***"))
                .body(not(containsString("super-secret-token")));
    }

    @Test
    void unauthenticatedAndUnknownPathRequestsAreJournaledToo() {
        String marker = "/v1/Unknown" + Sids.account();
        given().get(marker).then().statusCode(401);
        String account = Sids.account();
        as(account).get(marker).then().statusCode(404);
        JsonPath unknown = admin().queryParam("status", 401).queryParam("limit", 1000).get("/__admin/requests")
                .then().extract().jsonPath();
        assertEquals(1, unknown.getList("requests.findAll { it.path == '" + marker + "' }").size());
        assertNull(unknown.get("requests.find { it.path == '" + marker + "' }.account"));
        JsonPath notFound = journal(account);
        assertEquals(404, notFound.getInt("requests[0].status"));
        assertNull(notFound.get("requests[0].resource"));
    }

    @Test
    void filtersAndCountSelectEntries() {
        String account = Sids.account();
        installRule(rule(account, "\"method\":\"POST\",\"times\":1,\"fault\":{\"type\":\"status\",\"status\":503}"));
        form(account).formParam("FriendlyName", "x").post(COMPOSITION).then().statusCode(503);
        form(account).formParam("FriendlyName", "x").post(COMPOSITION).then().statusCode(200);
        as(account).get(COMPOSITION).then().statusCode(200);
        as(account).get(RECORDING).then().statusCode(200);

        assertEquals(4, count("account", account));
        assertEquals(2, count2("account", account, "method", "POST"));
        assertEquals(1, count2("account", account, "resource", "RecordingSettings"));
        assertEquals(1, count2("account", account, "status", "503"));
        assertEquals(1, count2("account", account, "faulted", "true"));
        assertEquals(3, count2("account", account, "faulted", "false"));
        admin().queryParam("account", account).queryParam("limit", 2).get("/__admin/requests").then()
                .body("total", equalTo(4)).body("requests.size()", equalTo(2));
    }

    @Test
    void anAccountsPartCanBeCleared() {
        String a = Sids.account();
        String b = Sids.account();
        as(a).get(COMPOSITION).then().statusCode(200);
        as(b).get(COMPOSITION).then().statusCode(200);
        admin().queryParam("account", a).delete("/__admin/requests").then().statusCode(204);
        assertEquals(0, count("account", a));
        assertEquals(1, count("account", b));
    }

    @Test
    void requestIdsInTheJournalAreTwilioRequestIds() {
        String account = Sids.account();
        as(account).get(COMPOSITION).then().statusCode(200);
        admin().queryParam("account", account).get("/__admin/requests").then()
                .body("requests[0].id", matchesPattern("^RQ[0-9a-f]{32}$"));
    }

    private static int count(String name, String value) {
        return admin().queryParam(name, value).get("/__admin/requests/count").then().statusCode(200)
                .extract().path("count");
    }

    private static int count2(String name, String value, String name2, String value2) {
        return admin().queryParam(name, value).queryParam(name2, value2).get("/__admin/requests/count").then()
                .statusCode(200).extract().path("count");
    }
}
