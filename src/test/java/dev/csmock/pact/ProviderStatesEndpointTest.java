package dev.csmock.pact;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.RawSocket;
import dev.csmock.support.Sids;
import java.nio.charset.StandardCharsets;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** SPEC §3.1: {@code POST /__admin/pact/provider-states} with the bodies that Pact verifiers send. */
@QuarkusTest
class ProviderStatesEndpointTest {

    private static final String PATH = "/__admin/pact/provider-states";

    @Test
    void pactJvmBodySeedsSettings() {
        String account = Sids.account();
        admin().body("{\"state\":\"composition settings exist\",\"params\":{\"accountSid\":\"" + account + "\","
                        + "\"friendlyName\":\"from pact\",\"awsStorageEnabled\":false},\"action\":\"setup\"}")
                .post(PATH).then().statusCode(200).body("state", equalTo("composition settings exist"));
        as(account).get(COMPOSITION).then().body("friendly_name", equalTo("from pact"));
    }

    @Test
    void aBodyWithoutActionIsASetupAndStringParamsAreAccepted() {
        String account = Sids.account();
        admin().body("{\"state\":\"recording settings exist\",\"params\":{\"accountSid\":\"" + account + "\","
                        + "\"friendlyName\":\"js\",\"encryptionKeySid\":\"" + Sids.credential() + "\",\"encryptionEnabled\":\"true\"}}")
                .post(PATH).then().statusCode(200);
        as(account).get(RECORDING).then().body("encryption_enabled", equalTo(true));
    }

    @Test
    void theRubyVerifiersStatesArrayIsAccepted() {
        String account = Sids.account();
        admin().body("{\"consumer\":\"legacy\",\"states\":[\"the service fails\"],\"params\":{\"accountSid\":\"" + account
                        + "\",\"status\":500,\"resource\":\"RecordingSettings\"}}")
                .post(PATH).then().statusCode(200);
        as(account).get(RECORDING).then().statusCode(500).body("code", equalTo(20500));
        as(account).get(COMPOSITION).then().statusCode(200);
    }

    @Test
    void theServiceFailsDefaultsTo503AndHonoursTimes() {
        String account = Sids.account();
        admin().body("{\"state\":\"the service fails\",\"params\":{\"accountSid\":\"" + account + "\",\"times\":1}}")
                .post(PATH).then().statusCode(200);
        as(account).get(COMPOSITION).then().statusCode(503);
        as(account).get(COMPOSITION).then().statusCode(200);
    }

    @Test
    void theServiceIsSlowInstallsADelayRule() {
        String account = Sids.account();
        admin().body("{\"state\":\"the service is slow\",\"params\":{\"accountSid\":\"" + account + "\",\"delayMs\":50}}")
                .post(PATH).then().statusCode(200);
        admin().get("/__admin/faults?account=" + account).then()
                .body("$", hasSize(1)).body("[0].delay.fixedMs", equalTo(50)).body("[0].fault", nullValue());
    }

    @Test
    void teardownForgetsTheAccount() {
        String account = Sids.account();
        admin().body("{\"state\":\"no recording settings\",\"params\":{\"accountSid\":\"" + account + "\"}}")
                .post(PATH).then().statusCode(200);
        admin().body("{\"state\":\"the service fails\",\"params\":{\"accountSid\":\"" + account + "\"}}")
                .post(PATH).then().statusCode(200);
        as(account).get(COMPOSITION).then().statusCode(503);
        admin().body("{\"state\":\"the service fails\",\"params\":{\"accountSid\":\"" + account + "\"},\"action\":\"teardown\"}")
                .post(PATH).then().statusCode(200);
        as(account).get(COMPOSITION).then().statusCode(200);
    }

    @Test
    void anEmptyOrAbsentStateIsANoOp() {
        admin().body("{\"state\":\"\",\"params\":{}}").post(PATH).then().statusCode(200);
        admin().body("{\"params\":{}}").post(PATH).then().statusCode(200);
        admin().body("{}").post(PATH).then().statusCode(200);
    }

    @Test
    void anUnknownStateIsA400ListingTheKnownOnes() {
        admin().body("{\"state\":\"settings are purple\",\"params\":{\"accountSid\":\"" + Sids.account() + "\"}}")
                .post(PATH).then().statusCode(400)
                .body("error", containsString("settings are purple"))
                .body("details", hasItem("known: composition settings exist"))
                .body("details", hasItem("known: the service is slow"));
    }

    @Test
    void anUnparsableContentTypeIsA415() throws Exception {
        RawSocket.Result result = RawSocket.exchange(("POST " + PATH + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: ;;;\r\nContent-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII), 10_000);
        assertEquals(415, result.status(), result.response());
        assertTrue(result.body().contains("Unsupported Media Type"), result.body());
    }

    @Test
    void aMissingAccountSidIsA400() {
        admin().body("{\"state\":\"no composition settings\",\"params\":{}}").post(PATH).then().statusCode(400)
                .body("details[0]", containsString("accountSid"));
    }

    @Test
    void queryParametersWorkForVerifiersThatDoNotSendABody() {
        String account = Sids.account();
        given().queryParam("state", "the service fails").queryParam("accountSid", account)
                .post(PATH).then().statusCode(200);
        as(account).get(COMPOSITION).then().statusCode(503);
    }
}
