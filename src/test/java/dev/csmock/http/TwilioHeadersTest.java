package dev.csmock.http;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SPEC §1.4: Twilio's response headers, on successes and errors alike. */
@QuarkusTest
class TwilioHeadersTest {

    @Test
    void successfulResponsesCarryTwiliosHeaders() {
        assertTwilioHeaders(as(Sids.account()).get(COMPOSITION).then().statusCode(200));
    }

    @Test
    void errorResponsesCarryThemToo() {
        assertTwilioHeaders(given().get(COMPOSITION).then().statusCode(401));
        assertTwilioHeaders(as(Sids.account()).get("/v1/Nope").then().statusCode(404));
        assertTwilioHeaders(as(Sids.account()).delete(COMPOSITION).then().statusCode(405));
        assertTwilioHeaders(as(Sids.account()).post(COMPOSITION).then().statusCode(400));
    }

    @Test
    void everyRequestGetsItsOwnRequestId() {
        Set<String> ids = new HashSet<>();
        String account = Sids.account();
        for (int i = 0; i < 50; i++) {
            ids.add(as(account).get(COMPOSITION).then().extract().header("Twilio-Request-Id"));
        }
        assertEquals(50, ids.size());
    }

    private static void assertTwilioHeaders(ValidatableResponse response) {
        response.header("Twilio-Request-Id", matchesPattern("^RQ[0-9a-f]{32}$"))
                .header("Twilio-Request-Duration", matchesPattern("^[0-9]+\\.[0-9]{3}$"))
                .header("Twilio-Concurrent-Requests", matchesPattern("^[1-9][0-9]*$"))
                .header("X-Shenanigans", "none")
                .header("X-Home-Region", "us1")
                .header("X-API-Domain", "video.twilio.com")
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS")
                .header("Access-Control-Allow-Headers", matchesPattern(".*Authorization.*"))
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Expose-Headers", "ETag");
    }
}
