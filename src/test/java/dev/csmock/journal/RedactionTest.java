package dev.csmock.journal;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Twilio.COMPOSITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.csmock.support.RawSocket;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No secret a client sent is ever shown by the journal, whatever the shape of the header that carried it. */
@QuarkusTest
class RedactionTest {

    private static final String SECRET = "s3cr3t-value";

    private static Map<String, String> journaledHeaders(String authorization, String extraHeaders) throws Exception {
        String marker = Sids.account();
        RawSocket.exchange(("GET " + COMPOSITION + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization
                + "\r\nX-Marker: " + marker + "\r\n" + extraHeaders + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), 5_000);
        String body = admin().queryParam("limit", 1000).get("/__admin/requests").asString();
        assertFalse(body.contains(SECRET), "a secret is in the journal: " + body);
        return admin().queryParam("limit", 1000).get("/__admin/requests").jsonPath()
                .getMap("requests.find { it.headers['X-Marker'] == '" + marker + "' }.headers");
    }

    @Test
    void aBasicHeaderWithATabKeepsOnlyItsUserName() throws Exception {
        String account = Sids.account();
        String basic = Base64.getEncoder().encodeToString((account + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        assertEquals("Basic " + account + ":***", journaledHeaders("Basic\t" + basic, "").get("Authorization"));
    }

    @Test
    void aBareTokenAProxyAuthorizationAndCookiesAreHidden() throws Exception {
        Map<String, String> headers = journaledHeaders(SECRET, "Proxy-Authorization: Bearer " + SECRET
                + "\r\nCookie: session=" + SECRET + "; theme=" + SECRET + "\r\n");
        assertEquals("***", headers.get("Authorization"));
        assertEquals("Bearer ***", headers.get("Proxy-Authorization"));
        assertEquals("session=***; theme=***", headers.get("Cookie"));
    }
}
