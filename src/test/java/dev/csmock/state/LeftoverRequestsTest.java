package dev.csmock.state;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.journal;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.Sids;
import dev.csmock.support.Sockets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Nothing a request would still do outlives its client, a reset or a forget: a delayed POST whose
 * client left is never applied, and one overtaken by a reset or a forget is answered at once
 * without being applied or journaled, so the next test never sees a write of the previous one.
 */
@QuarkusTest
class LeftoverRequestsTest {

    private static final int DELAY_MS = 800;

    @Test
    void aDelayedPostWhoseClientLeftIsNeverApplied() throws Exception {
        String account = Sids.account();
        String delay = installRule(rule(account, "\"method\":\"POST\",\"delay\":{\"fixedMs\":" + DELAY_MS + "}"));

        try (Socket client = Sockets.send(Sockets.formPost(account, COMPOSITION, "FriendlyName=zombie"))) {
            awaitPending(delay);   // the request waits on its delay; the client gives up before it ends
        }
        Thread.sleep(DELAY_MS + 700);   // past the moment the delayed write would have happened

        as(account).get(COMPOSITION).then().statusCode(200).body("friendly_name", nullValue());
        JsonPath posts = admin().queryParam("account", account).queryParam("method", "POST").get("/__admin/requests")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, posts.getInt("total"));
        assertEquals("client-left", posts.getString("requests[0].outcome"));
        assertNull(posts.get("requests[0].status"));
    }

    @Test
    void aPendingPostOvertakenByAResetIsAnsweredAtOnceAndNeverApplied() throws Exception {
        String account = Sids.account();
        String delay = installRule(rule(account, "\"method\":\"POST\",\"delay\":{\"fixedMs\":" + DELAY_MS + "}"));
        try (Socket client = Sockets.send(Sockets.formPost(account, COMPOSITION, "FriendlyName=zombie"))) {
            awaitPending(delay);
            admin().post("/__admin/reset").then().statusCode(204);

            String answer = readAll(client);
            assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
            assertTrue(answer.contains("\"code\":20503") && answer.contains("was not applied"), answer);
        }
        Thread.sleep(DELAY_MS + 300);

        as(account).get(COMPOSITION).then().statusCode(200).body("friendly_name", nullValue());
        JsonPath journal = journal(account);
        assertEquals(1, journal.getInt("total"), "only the GET after the reset: " + journal.prettify());
        assertEquals("GET", journal.getString("requests[0].method"));
    }

    @Test
    void aPendingPostOvertakenByForgettingItsAccountIsNeverApplied() throws Exception {
        String account = Sids.account();
        String other = Sids.account();
        String delay = installRule(rule(account, "\"method\":\"POST\",\"delay\":{\"fixedMs\":" + DELAY_MS + "}"));
        String otherDelay = installRule(rule(other, "\"method\":\"POST\",\"delay\":{\"fixedMs\":" + DELAY_MS + "}"));
        try (Socket forgotten = Sockets.send(Sockets.formPost(account, COMPOSITION, "FriendlyName=zombie"));
                Socket kept = Sockets.send(Sockets.formPost(other, COMPOSITION, "FriendlyName=kept"))) {
            awaitPending(delay);
            awaitPending(otherDelay);
            admin().delete("/__admin/accounts/" + account).then().statusCode(204);

            assertTrue(readAll(forgotten).startsWith("HTTP/1.1 503"));
            assertTrue(readAll(kept).startsWith("HTTP/1.1 200"), "another account's pending request is served");
        }

        as(account).get(COMPOSITION).then().statusCode(200).body("friendly_name", nullValue());
        as(other).get(COMPOSITION).then().statusCode(200).body("friendly_name", equalTo("kept"));
        assertEquals(1, journal(account).getInt("total"), "only the GET after the forget");
    }

    /** Waits until the delay rule fired on the request: it is then pending on its timer. */
    private static void awaitPending(String delayRule) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (admin().get("/__admin/faults/" + delayRule).then().extract().jsonPath().getInt("hits") == 1) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the request never reached its delay rule " + delayRule);
    }

    /** Reads one answer up to its declared length (the connection stays open). */
    private static String readAll(Socket socket) throws Exception {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (true) {
            String text = read.toString(StandardCharsets.ISO_8859_1);
            int head = text.indexOf("\r\n\r\n");
            if (head >= 0) {
                int at = text.toLowerCase().indexOf("content-length:");
                if (at >= 0) {
                    int length = Integer.parseInt(text.substring(at + 15, text.indexOf("\r\n", at)).trim());
                    if (read.size() >= head + 4 + length) {
                        return text;
                    }
                }
            }
            int n = in.read(buffer);
            if (n < 0) {
                return text;
            }
            read.write(buffer, 0, n);
        }
    }
}
