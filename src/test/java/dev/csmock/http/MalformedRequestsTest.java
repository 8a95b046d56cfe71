package dev.csmock.http;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.VALID_S3_URL;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.NoInternals;
import dev.csmock.support.RawSocket;
import dev.csmock.support.RawSocket.Result;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input never gets a 5xx or a stack trace, and never changes what an account has stored. */
@QuarkusTest
class MalformedRequestsTest {

    @Test
    void anOversizedBodyIs413InTwiliosShape() {
        form(Sids.account()).formParam("FriendlyName", "x".repeat(70_000)).post(COMPOSITION).then()
                .statusCode(413)
                .body("status", equalTo(413))
                .body("code", equalTo(20001))
                .body("message", containsString("65536"));
    }

    @Test
    void anOversizedChunkedBodyIs413Too() throws Exception {
        String account = Sids.account();
        String head = "POST " + COMPOSITION + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: " + RawSocket.basic(account) + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write(head.getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = ("FriendlyName=" + "y".repeat(20_000)).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 4; i++) {
            request.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.write(chunk);
            request.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        request.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String response = exchange(request.toByteArray());
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.contains("\"status\":413"), response);
    }

    @Test
    void bodiesUnderTheLimitAreReadWhole() {
        form(Sids.account()).formParam("FriendlyName", "z".repeat(60_000)).post(COMPOSITION).then()
                .statusCode(200).body("friendly_name.length()", equalTo(60_000));
    }

    @Test
    void malformedRequestsGetATwilioShaped4xxAndLeaveStoredSettingsAlone() throws Exception {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "precious").formParam("AwsS3Url", VALID_S3_URL).post(COMPOSITION)
                .then().statusCode(200);
        String auth = "\r\nAuthorization: " + RawSocket.basic(account);

        Map<String, Integer> requests = new LinkedHashMap<>();
        requests.put("POST " + COMPOSITION + " HTTP/1.1\r\nHost: x" + auth
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\n\r\n%%%%%", 400);
        requests.put("POST " + COMPOSITION + " HTTP/1.1\r\nHost: x" + auth
                + "\r\nContent-Type: multipart/form-data\r\nContent-Length: 3\r\n\r\nabc", 400);
        requests.put("POST " + COMPOSITION + " HTTP/1.1\r\nHost: x" + auth
                + "\r\nContent-Type: ;;;===\r\nContent-Length: 14\r\n\r\nFriendlyName=x", 400);
        requests.put("POST " + COMPOSITION + " HTTP/1.1\r\nHost: x" + auth
                + "\r\nContent-Type: application/x-www-form-urlencoded; charset=no-such-charset"
                + "\r\nContent-Length: 24\r\n\r\nFriendlyName=x&AwsS3Url=", 400);
        requests.put("GET " + COMPOSITION + " HTTP/1.1\r\nHost: x\r\nAuthorization: Basic \u00ff\u00fe\r\n\r\n", 401);
        requests.put("GET /v1/%00/Default HTTP/1.1\r\nHost: x" + auth + "\r\n\r\n", 404);
        requests.put("GET /%2e%2e/v1/CompositionSettings/Default HTTP/1.1\r\nHost: x\r\n\r\n", 401);
        requests.put("BREW " + COMPOSITION + " HTTP/1.1\r\nHost: x" + auth + "\r\n\r\n", 405);
        for (Map.Entry<String, Integer> request : requests.entrySet()) {
            Result result = RawSocket.exchange(raw(request.getKey()), 5_000, true);
            assertTrue(result.answered(), () -> "no answer to " + request.getKey());
            assertEquals(request.getValue(), result.status(), () -> request.getKey() + "\n" + result.response());
            JsonPath body = JsonPath.from(result.body());
            assertEquals(request.getValue(), body.getInt("status"), result.response());
            assertTrue(body.getInt("code") >= 20001, result.response());
            assertTrue(body.getString("more_info").startsWith("https://www.twilio.com/docs/errors/"), result.response());
            NoInternals.assertNoInternals(result.response());
        }

        as(account).get(COMPOSITION).then()
                .statusCode(200)
                .body("friendly_name", equalTo("precious"))
                .body("aws_s3_url", equalTo(VALID_S3_URL));
    }

    @Test
    void anAcceptHeaderChangesNothing() throws Exception {
        String account = Sids.account();
        Result result = RawSocket.exchange(raw("GET " + COMPOSITION + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
                + RawSocket.basic(account) + "\r\nAccept: application/xml\r\n\r\n"), 5_000, true);
        assertEquals(200, result.status(), result.response());
        assertEquals(account, JsonPath.from(result.body()).getString("account_sid"));
    }

    /**
     * What is not HTTP at all, or whose URI does not parse (a bad percent escape in the path or
     * query), is refused by Vert.x or Quarkus before any application code runs (neither lets an
     * application answer it): a 400 without Twilio's body, never a 5xx.
     */
    @Test
    void whatIsNotHttpOrNotAValidUriIsA400FromTheServerItself() throws Exception {
        Result notHttp = RawSocket.exchange(raw("this is not http\r\n\r\n"), 5_000, true);
        assertEquals(400, notHttp.status(), notHttp.response());
        Result badUri = RawSocket.exchange(raw("GET " + COMPOSITION + "?%zz=%%% HTTP/1.1\r\nHost: x\r\nAuthorization: "
                + RawSocket.basic(Sids.account()) + "\r\n\r\n"), 5_000, true);
        assertEquals(400, badUri.status(), badUri.response());
    }

    /** The same for a request line or headers over the server's limits: 414 and 431, from Vert.x. */
    @Test
    void aTooLongRequestLineIs414AndTooLargeHeadersAre431() throws Exception {
        String account = Sids.account();
        Result longLine = RawSocket.exchange(raw("GET " + COMPOSITION + "?q=" + "a".repeat(5_000)
                + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + RawSocket.basic(account) + "\r\n\r\n"), 5_000, true);
        assertEquals(414, longLine.status(), longLine.response());
        Result bigHeaders = RawSocket.exchange(raw("GET " + COMPOSITION + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
                + RawSocket.basic(account) + "\r\nX-Big: " + "b".repeat(30_000) + "\r\n\r\n"), 5_000, true);
        assertEquals(431, bigHeaders.status(), bigHeaders.response());
    }

    private static byte[] raw(String request) {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String exchange(byte[] request) throws Exception {
        return RawSocket.exchange(request, 5_000, true).response();
    }
}
