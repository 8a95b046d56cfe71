package dev.csmock.http;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csmock.support.RawHttp;
import dev.csmock.support.RawHttp.Answer;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Smaller findings of the review of the request path and the admin API, each over real HTTP. */
@QuarkusTest
class SmallerFindingsTest {

    @Test
    void aContentTypeFaultWithALineBreakIsRefusedAtInstall() {
        String account = Sids.account();
        admin().body(rule(account, "\"fault\":{\"type\":\"content-type\",\"contentType\":\"text/plain\\r\\nX-Evil: 1\"}"))
                .post("/__admin/faults").then().statusCode(400)
                .body("details[0]", containsString("fault.contentType"));
        as(account).get(COMPOSITION).then().statusCode(200);
    }

    @Test
    void notSentDoesNotMatchARequestWhoseParametersAreUnknown() {
        String account = Sids.account();
        String longName = "n".repeat(9000);   // more than the journal keeps of a body (8 KiB): truncated
        form(account).formParam("FriendlyName", longName).post(COMPOSITION).then().statusCode(200);
        as(account).contentType("application/x-www-form-urlencoded").body("FriendlyName=a%ZZ").post(COMPOSITION)
                .then().statusCode(400);

        admin().body("{\"account\":\"" + account + "\",\"method\":\"POST\",\"params\":{\"AwsS3Url\":null}}")
                .post("/__admin/requests/verify").then().statusCode(406).body("count", equalTo(0))
                .body("closest[0].differences[0].actual", containsString("unknown"));
    }

    @Test
    void aSevenBitCharsetIsDecodedNotReadAsLatin1() {
        String account = Sids.account();
        Charset jis = Charset.forName("ISO-2022-JP");
        StringBuilder encoded = new StringBuilder("FriendlyName=");
        for (byte b : "\u65e5\u672c".getBytes(jis)) {
            encoded.append('%').append(String.format("%02X", b & 0xFF));
        }
        Answer answer = RawHttp.post(account, COMPOSITION, "application/x-www-form-urlencoded; charset=ISO-2022-JP",
                encoded.toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("\u65e5\u672c", answer.json().getString("friendly_name"));
    }

    @Test
    void anAdminBodyOfTheWrongTypeIsExplainedWithoutJacksonsWords() {
        admin().body(rule(Sids.account(), "\"skip\":\"often\",\"fault\":{\"type\":\"status\",\"status\":500}"))
                .post("/__admin/faults").then().statusCode(400)
                .body("details[0]", equalTo("skip: must be a whole number"))
                .body("details[0]", not(containsString("deserialize")));
        admin().body("{\"account\": ").post("/__admin/faults").then().statusCode(400)
                .body("details[0]", not(containsString("Unexpected")));
    }
}
