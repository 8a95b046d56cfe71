package dev.csmock.accounts;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.form;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §1.2 in the default mode: any well-formed Account SID, registered API keys only. */
@QuarkusTest
@TestProfile(LenientAuthenticationTest.WithAnApiKey.class)
class LenientAuthenticationTest {

    static final String KEY_ACCOUNT = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    static final String KEY = "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    public static class WithAnApiKey extends ConfigOverrides {
        public WithAnApiKey() {
            super("mock.auth.credentials", KEY + ":key-secret:" + KEY_ACCOUNT);
        }
    }

    @Test
    void anyWellFormedAccountSidWithAnyTokenIsAccepted() {
        String account = Sids.account();
        given().auth().preemptive().basic(account, "whatever").get(COMPOSITION).then()
                .statusCode(200).body("account_sid", equalTo(account));
    }

    @Test
    void aRegisteredApiKeyActsOnItsAccount() {
        given().auth().preemptive().basic(KEY, "key-secret")
                .contentType("application/x-www-form-urlencoded").formParam("FriendlyName", "via key")
                .post(COMPOSITION).then()
                .statusCode(200).body("account_sid", equalTo(KEY_ACCOUNT));
        given().auth().preemptive().basic(KEY_ACCOUNT, "any").get(COMPOSITION).then()
                .body("friendly_name", equalTo("via key"));
    }

    @Test
    void aRegisteredApiKeyWithAWrongSecretIs401() {
        assert401(basic(KEY, "wrong"));
    }

    @Test
    void anUnregisteredApiKeyIs401() {
        assert401(basic(Sids.apiKey(), "secret"));
    }

    @Test
    void aMissingAuthorizationHeaderIs401() {
        given().get(COMPOSITION).then()
                .statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"Twilio API\"")
                .body("code", equalTo(20003))
                .body("message", equalTo("Authenticate"))
                .body("more_info", equalTo("https://www.twilio.com/docs/errors/20003"))
                .body("status", equalTo(401));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc", "Basic", "Basic !!!not-base64!!!", "Digest username=\"x\""})
    void otherSchemesAndUnparsableHeadersAre401(String header) {
        assert401(header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user:pass", "AC123:token", "ACzz456789abcdef0123456789abcdef01:token", "nocolon"})
    void usernamesOfNeitherFormAre401(String userAndPassword) {
        assert401("Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anEmptyPasswordIs401() {
        assert401(basic(Sids.account(), ""));
    }

    @Test
    void postsAreAuthenticatedToo() {
        given().contentType("application/x-www-form-urlencoded").formParam("FriendlyName", "x")
                .post(COMPOSITION).then().statusCode(401).body("code", equalTo(20003));
    }

    @Test
    void accountsNeverSeeEachOthersSettings() {
        String a = Sids.account();
        String b = Sids.account();
        form(a).formParam("FriendlyName", "only A").post(COMPOSITION).then().statusCode(200);
        given().auth().preemptive().basic(b, "t").get(COMPOSITION).then()
                .body("account_sid", equalTo(b)).body("friendly_name", equalTo(null));
        form(b).formParam("FriendlyName", "only B").post(COMPOSITION).then().statusCode(200);
        given().auth().preemptive().basic(a, "t").get(COMPOSITION).then().body("friendly_name", equalTo("only A"));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static void assert401(String authorization) {
        given().header("Authorization", authorization).get(COMPOSITION).then()
                .statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"Twilio API\"")
                .body("code", equalTo(20003));
    }
}
