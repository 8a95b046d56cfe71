package dev.csmock.http;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.VALID_S3_URL;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.RawSocket;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    void malformedRequestsNeverGetA5xxAndLeaveStoredSettingsAlone() throws Exception {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "precious").formParam("AwsS3Url", VALID_S3_URL).post(COMPOSITION)
                .then().statusCode(200);

        List<byte[]> requests = List.of(
                raw("POST " + COMPOSITION + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + RawSocket.basic(account)
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\n\r\n%%%%%"),
                raw("POST " + COMPOSITION + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + RawSocket.basic(account)
                        + "\r\nContent-Type: multipart/form-data\r\nContent-Length: 3\r\n\r\nabc"),
                raw("POST " + COMPOSITION + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + RawSocket.basic(account)
                        + "\r\nContent-Type: ;;;===\r\nContent-Length: 14\r\n\r\nFriendlyName=x"),
                raw("POST " + COMPOSITION + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + RawSocket.basic(account)
                        + "\r\nContent-Type: application/x-www-form-urlencoded; charset=no-such-charset"
                        + "\r\nContent-Length: 24\r\n\r\nFriendlyName=x&AwsS3Url="),
                raw("GET " + COMPOSITION + " HTTP/1.1\r\nHost: x\r\nAuthorization: Basic " + "\u00ff\u00fe" + "\r\n\r\n"),
                raw("GET " + COMPOSITION + "?%zz=%%% HTTP/1.1\r\nHost: x\r\nAuthorization: " + RawSocket.basic(account) + "\r\n\r\n"),
                raw("GET /v1/%00/Default HTTP/1.1\r\nHost: x\r\nAuthorization: " + RawSocket.basic(account) + "\r\n\r\n"),
                raw("GET /%2e%2e/v1/CompositionSettings/Default HTTP/1.1\r\nHost: x\r\n\r\n"),
                raw("BREW " + COMPOSITION + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + RawSocket.basic(account) + "\r\n\r\n"),
                raw("GET " + COMPOSITION + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + RawSocket.basic(account)
                        + "\r\nAccept: application/xml\r\n\r\n"),
                raw("this is not http\r\n\r\n"));
        for (byte[] request : requests) {
            String response = exchange(request);
            String status = response.isEmpty() ? "" : response.substring(9, Math.min(12, response.length()));
            assertFalse(status.startsWith("5"), () -> "5xx for " + new String(request, StandardCharsets.ISO_8859_1) + "\n" + response);
            assertFalse(response.contains("Exception"), response);
            assertFalse(response.contains("\tat "), response);
        }

        as(account).get(COMPOSITION).then()
                .statusCode(lessThan(300))
                .body("friendly_name", equalTo("precious"))
                .body("aws_s3_url", equalTo(VALID_S3_URL))
                .body(not(containsString("Exception")));
    }

    private static byte[] raw(String request) {
        return request.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String exchange(byte[] request) throws Exception {
        return RawSocket.exchange(request, 5_000, true).response();
    }
}
