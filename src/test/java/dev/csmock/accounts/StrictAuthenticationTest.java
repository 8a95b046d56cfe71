package dev.csmock.accounts;

import static dev.csmock.accounts.LenientAuthenticationTest.assert401;
import static dev.csmock.accounts.LenientAuthenticationTest.basic;
import static dev.csmock.support.Twilio.COMPOSITION;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** SPEC §1.2, {@code strict}: only configured credentials pass. */
@QuarkusTest
@TestProfile(StrictAuthenticationTest.Strict.class)
class StrictAuthenticationTest {

    static final String ACCOUNT = "AC11111111111111111111111111111111";
    static final String KEY = "SK22222222222222222222222222222222";

    public static class Strict extends ConfigOverrides {
        public Strict() {
            super("mock.auth.mode", "strict", "mock.auth.credentials", ACCOUNT + ":the-token, " + KEY + ":the-secret:" + ACCOUNT);
        }
    }

    @Test
    void configuredAccountCredentialsPass() {
        given().auth().preemptive().basic(ACCOUNT, "the-token").get(COMPOSITION).then()
                .statusCode(200).body("account_sid", equalTo(ACCOUNT));
    }

    @Test
    void configuredApiKeysActOnTheirAccount() {
        given().auth().preemptive().basic(KEY, "the-secret").get(COMPOSITION).then()
                .statusCode(200).body("account_sid", equalTo(ACCOUNT));
    }

    @Test
    void aWrongTokenIs401() {
        assert401(basic(ACCOUNT, "not-the-token"));
        assert401(basic(KEY, "not-the-secret"));
    }

    @Test
    void anUnknownAccountIs401() {
        assert401(basic(Sids.account(), "the-token"));
    }
}
