package dev.csmock.settings;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csmock.support.RawHttp;
import dev.csmock.support.RawHttp.Answer;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §1.3: how POST bodies are read. */
@QuarkusTest
class FormParsingTest {

    @Test
    void plusAndPercent20BothDecodeToASpace() {
        String account = Sids.account();
        as(account).contentType("application/x-www-form-urlencoded")
                .body("FriendlyName=my+archive%20bucket").post(COMPOSITION).then()
                .statusCode(200).body("friendly_name", equalTo("my archive bucket"));
    }

    @Test
    void theCharsetParameterIsHonoured() {
        String account = Sids.account();
        Answer answer = RawHttp.post(account, COMPOSITION, "application/x-www-form-urlencoded; charset=ISO-8859-1",
                "FriendlyName=caf%E9+cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("caf\u00e9 cr\u00e8me", answer.json().getString("friendly_name"));
    }

    @Test
    void utf8IsTheDefaultCharset() {
        String account = Sids.account();
        Answer answer = RawHttp.post(account, COMPOSITION, "application/x-www-form-urlencoded",
                "FriendlyName=%C3%A9t%C3%A9+\u00e9".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("\u00e9t\u00e9 \u00e9", answer.json().getString("friendly_name"));
    }

    @Test
    void multipartFormsAreAccepted() {
        String account = Sids.account();
        as(account).multiPart("FriendlyName", "from multipart").multiPart("EncryptionEnabled", "false")
                .post(COMPOSITION).then()
                .statusCode(200).body("friendly_name", equalTo("from multipart"));
    }

    @Test
    void unknownParametersAreIgnored() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "x").formParam("Colour", "blue").formParam("friendlyname", "y")
                .post(COMPOSITION).then()
                .statusCode(200).body("friendly_name", equalTo("x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/plain", "application/xml", "garbage"})
    void otherBodiesCarryNoParameters(String contentType) {
        String account = Sids.account();
        Answer answer = RawHttp.post(account, COMPOSITION, contentType, "FriendlyName=x".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, answer.status(), answer.body());
        assertEquals(20001, answer.json().getInt("code"));
        assertEquals("Missing required parameter FriendlyName in the post body", answer.json().getString("message"));
    }

    @Test
    void aPostWithoutABodyMissesFriendlyName() {
        as(Sids.account()).post(COMPOSITION).then()
                .statusCode(400).body("message", equalTo("Missing required parameter FriendlyName in the post body"));
    }

    @Test
    void theFirstValueOfARepeatedParameterCounts() {
        String account = Sids.account();
        as(account).contentType("application/x-www-form-urlencoded")
                .body("FriendlyName=first&FriendlyName=second").post(COMPOSITION).then()
                .statusCode(200).body("friendly_name", equalTo("first"));
    }

    @Test
    void semicolonsArePartOfValues() {
        String account = Sids.account();
        as(account).contentType("application/x-www-form-urlencoded")
                .body("FriendlyName=a;b").post(COMPOSITION).then()
                .statusCode(200).body("friendly_name", equalTo("a;b"));
    }

    @Test
    void aBrokenPercentEscapeIsA400() {
        as(Sids.account()).contentType("application/x-www-form-urlencoded")
                .body("FriendlyName=%zz").post(COMPOSITION).then()
                .statusCode(400).body("code", equalTo(20001)).body("status", equalTo(400));
    }

    @Test
    void aMultipartBodyWithoutItsBoundaryIsA400() {
        Answer answer = RawHttp.post(Sids.account(), COMPOSITION, "multipart/form-data; boundary=zz",
                "not a multipart body".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, answer.status(), answer.body());
        assertEquals(20001, answer.json().getInt("code"));
    }
}
