package dev.csmock.settings;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dev.csmock.support.NoInternals.assertNoInternals;

import dev.csmock.support.RawHttp;
import dev.csmock.support.RawHttp.Answer;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §1.3: bytes that are not valid UTF-8 once percent-decoded are a 400/20001 naming the
 * parameter, and nothing is stored (never U+FFFD in place of what the client sent). No decoder's
 * own text reaches the client.
 */
@QuarkusTest
class StrictDecodingTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @ParameterizedTest(name = "FriendlyName={0}")
    @ValueSource(strings = {"%C3%28", "%C0%AF", "%ED%A0%80", "ok%FF", "%E2%82", "%F4%90%80%80"})
    void percentEncodedInvalidUtf8IsRefusedAndNothingIsStored(String encoded) {
        String account = seeded();
        Answer answer = RawHttp.post(account, COMPOSITION, FORM, ("FriendlyName=" + encoded).getBytes(StandardCharsets.US_ASCII));
        assertRefusedNaming(answer, "FriendlyName");
        as(account).get(COMPOSITION).then().statusCode(200).body("friendly_name", equalTo("kept"));
    }

    @Test
    void rawInvalidBytesAreRefusedToo() {
        String account = seeded();
        byte[] body = concat("FriendlyName=a".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, 0x28});
        assertRefusedNaming(RawHttp.post(account, COMPOSITION, FORM + "; charset=utf-8", body), "FriendlyName");
        as(account).get(COMPOSITION).then().body("friendly_name", equalTo("kept"));
    }

    @Test
    void anInvalidParameterNameIsRefused() {
        String account = seeded();
        Answer answer = RawHttp.post(account, COMPOSITION, FORM, "FriendlyName=new&Aws%C3%28=x".getBytes(StandardCharsets.US_ASCII));
        assertRefusedNaming(answer, "Aws%C3%28");
        as(account).get(COMPOSITION).then().body("friendly_name", equalTo("kept"));
    }

    @Test
    void aBrokenPercentEscapeIsRefusedWithoutTheDecodersWords() {
        String account = seeded();
        Answer answer = RawHttp.post(account, COMPOSITION, FORM, "FriendlyName=100%".getBytes(StandardCharsets.US_ASCII));
        assertRefusedNaming(answer, "FriendlyName");
        as(account).get(COMPOSITION).then().body("friendly_name", equalTo("kept"));
    }

    @Test
    void invalidUtf8InAMultipartValueIsRefused() {
        String account = seeded();
        byte[] body = concat(("--b\r\nContent-Disposition: form-data; name=\"FriendlyName\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                "\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        assertRefusedNaming(RawHttp.post(account, COMPOSITION, "multipart/form-data; boundary=b", body), "FriendlyName");
        as(account).get(COMPOSITION).then().body("friendly_name", equalTo("kept"));
    }

    @Test
    void multipartWithoutABoundaryIsA400WithoutInternals() {
        String account = seeded();
        Answer answer = RawHttp.post(account, COMPOSITION, "multipart/form-data",
                "FriendlyName=x".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, answer.status(), answer.body());
        assertEquals(20001, answer.json().getInt("code"));
        assertNoInternals(answer.body());
        as(account).get(COMPOSITION).then().body("friendly_name", equalTo("kept"));
    }

    @Test
    void validMultiByteCharactersStillPass() {
        String account = Sids.account();
        Answer answer = RawHttp.post(account, COMPOSITION, FORM,
                "FriendlyName=%F0%9F%8E%A5+%E2%82%AC".getBytes(StandardCharsets.US_ASCII));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("\uD83C\uDFA5 \u20AC", answer.json().getString("friendly_name"));
    }

    private static String seeded() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "kept").post(COMPOSITION).then().statusCode(200);
        return account;
    }

    private static void assertRefusedNaming(Answer answer, String parameter) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals(20001, answer.json().getInt("code"));
        assertEquals(400, answer.json().getInt("status"));
        assertTrue(answer.json().getString("message").contains(parameter), answer.body());
        assertFalse(answer.body().contains("\uFFFD"), answer.body());
        assertNoInternals(answer.body());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
