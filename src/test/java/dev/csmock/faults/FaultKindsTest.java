package dev.csmock.faults;

import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.journal;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmock.support.RawSocket;
import dev.csmock.support.RawSocket.Ending;
import dev.csmock.support.RawSocket.Result;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §2.1: every fault kind, observed by a real client. */
@QuarkusTest
class FaultKindsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"400,20001", "401,20003", "404,20404", "405,20004", "409,20001", "429,20429", "500,20500",
            "502,20500", "503,20503"})
    void statusFaultsAnswerInTwiliosShapeWithTheDocumentedCode(int status, int code) {
        String account = Sids.account();
        installRule(rule(account, "\"fault\":{\"type\":\"status\",\"status\":" + status + "}"));
        as(account).get(COMPOSITION).then()
                .statusCode(status)
                .contentType(startsWith("application/json"))
                .body("status", equalTo(status))
                .body("code", equalTo(code))
                .body("more_info", equalTo("https://www.twilio.com/docs/errors/" + code));
    }

    @Test
    void statusCodeAndMessageCanBeOverridden() {
        String account = Sids.account();
        installRule(rule(account, "\"fault\":{\"type\":\"status\",\"status\":400,\"code\":53000,\"message\":\"custom\"}"));
        as(account).get(COMPOSITION).then().statusCode(400)
                .body("code", equalTo(53000)).body("message", equalTo("custom"))
                .body("more_info", equalTo("https://www.twilio.com/docs/errors/53000"));
    }

    @Test
    void a429SetsRetryAfter() {
        String account = Sids.account();
        installRule(rule(account, "\"times\":1,\"fault\":{\"type\":\"status\",\"status\":429}"));
        as(account).get(COMPOSITION).then().statusCode(429).header("Retry-After", "1");
        installRule(rule(account, "\"fault\":{\"type\":\"status\",\"status\":429,\"retryAfterSeconds\":7}"));
        as(account).get(COMPOSITION).then().statusCode(429).header("Retry-After", "7");
    }

    @Test
    void truncatedJsonIsTheStartOfTheRealBody() {
        String body = malformed("truncated-json", 200).asString();
        assertTrue(body.startsWith("{\"account_sid\":\"AC"), body);
        assertThrows(JsonProcessingException.class, () -> JSON.readTree(body));
    }

    @Test
    void invalidJsonDoesNotParse() {
        String body = malformed("invalid-json", 200).asString();
        assertThrows(JsonProcessingException.class, () -> JSON.readTree(body));
    }

    @Test
    void emptyIsA200WithNoBody() {
        Response response = malformed("empty", 200);
        assertEquals("", response.asString());
        assertEquals("0", response.header("Content-Length"));
    }

    @Test
    void nullIsTheJsonNull() throws Exception {
        assertTrue(JSON.readTree(malformed("null", 200).asString()).isNull());
    }

    @Test
    void wrongTypesIsJsonWithEveryFieldOfTheWrongType() throws Exception {
        JsonNode body = JSON.readTree(malformed("wrong-types", 200).asString());
        assertTrue(body.get("account_sid").isNumber());
        assertTrue(body.get("aws_storage_enabled").isTextual());
        assertTrue(body.get("url").isBoolean());
    }

    @Test
    void htmlIsAnErrorPageUnderTextHtml() {
        Response response = malformed("html", 502);
        assertEquals(502, response.statusCode());
        assertTrue(response.contentType().startsWith("text/html"), response.contentType());
        assertTrue(response.asString().contains("<html>"));
    }

    @Test
    void randomBytesAreNotJson() {
        byte[] body = malformed("random-bytes", 200).asByteArray();
        assertTrue(body.length >= 64);
        assertThrows(Exception.class, () -> JSON.readTree(body));
    }

    private static Response malformed(String kind, int status) {
        String account = Sids.account();
        installRule(rule(account, "\"fault\":{\"type\":\"malformed-body\",\"kind\":\"" + kind + "\",\"status\":" + status + "}"));
        Response response = as(account).get(COMPOSITION);
        assertEquals(status, response.statusCode());
        if (!kind.equals("html")) {
            assertTrue(response.contentType().startsWith("application/json"), response.contentType());
        }
        return response;
    }

    @Test
    void contentTypeFaultSendsTheCorrectBodyUnderAnotherMediaType() throws Exception {
        String account = Sids.account();
        installRule(rule(account, "\"fault\":{\"type\":\"content-type\",\"contentType\":\"text/plain\"}"));
        Response response = as(account).get(COMPOSITION);
        assertEquals(200, response.statusCode());
        assertEquals("text/plain", response.contentType());
        assertEquals(account, JSON.readTree(response.asString()).get("account_sid").asText());
    }

    @Test
    void connectionResetIsARealTcpReset() throws Exception {
        String account = Sids.account();
        installRule(rule(account, "\"fault\":{\"type\":\"connection-reset\"}"));
        Result result = RawSocket.get(account, COMPOSITION, 10_000);
        assertEquals(Ending.RESET, result.ending());
        assertFalse(result.answered());
    }

    @Test
    void connectionCloseEndsTheConnectionWithoutAResponse() throws Exception {
        String account = Sids.account();
        installRule(rule(account, "\"fault\":{\"type\":\"connection-close\"}"));
        Result result = RawSocket.get(account, COMPOSITION, 10_000);
        assertEquals(Ending.EOF, result.ending());
        assertEquals("", result.response());
    }

    @Test
    void hangSendsNothingAndClosesAfterItsCap() throws Exception {
        String account = Sids.account();
        installRule(rule(account, "\"fault\":{\"type\":\"hang\",\"maxMs\":300}"));
        Result result = RawSocket.get(account, COMPOSITION, 20_000);
        assertEquals(Ending.EOF, result.ending());
        assertEquals("", result.response());
        assertTrue(result.elapsedMillis() >= 300, "closed after " + result.elapsedMillis() + " ms");
    }

    @Test
    void hangOutlastsAClientTimeout() throws Exception {
        String account = Sids.account();
        installRule(rule(account, "\"fault\":{\"type\":\"hang\",\"maxMs\":60000}"));
        Result result = RawSocket.get(account, COMPOSITION, 500);
        assertEquals(Ending.TIMEOUT, result.ending());
        assertEquals("", result.response());
    }

    @Test
    void dribbleDeliversTheCorrectResponseInPieces() throws Exception {
        String account = Sids.account();
        installRule(rule(account, "\"fault\":{\"type\":\"dribble\",\"chunks\":4,\"totalMs\":600}"));
        Result result = RawSocket.get(account, COMPOSITION, 20_000);
        assertEquals(200, result.status());
        assertEquals(account, JSON.readTree(result.body()).get("account_sid").asText());
        // 4 chunks 200 ms apart: the reads fall in 4 groups separated by gaps, spread over at least 600 ms
        List<RawSocket.Read> reads = result.reads();
        int groups = 1;
        for (int i = 1; i < reads.size(); i++) {
            groups += reads.get(i).atMillis() - reads.get(i - 1).atMillis() >= 100 ? 1 : 0;
        }
        assertEquals(4, groups, reads.toString());
        assertTrue(reads.get(reads.size() - 1).atMillis() - reads.get(0).atMillis() >= 600, reads.toString());
    }

    @Test
    void connectionFaultsAreJournaledWithoutAStatusAndWithTheRuleId() throws Exception {
        String account = Sids.account();
        String id = installRule(rule(account, "\"fault\":{\"type\":\"connection-close\"}"));
        RawSocket.get(account, COMPOSITION, 10_000);
        var entries = journal(account);
        for (int attempt = 0; attempt < 50 && entries.getInt("total") == 0; attempt++) {
            Thread.sleep(20);
            entries = journal(account);
        }
        assertEquals(1, entries.getInt("total"));
        assertNull(entries.get("requests[0].status"));
        assertEquals(id, entries.getString("requests[0].faultId"));
    }
}
