package dev.csmock.accounts;

import static dev.csmock.support.Twilio.COMPOSITION;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** SPEC §1.2, {@code off}: no authentication; a configurable default account. */
@QuarkusTest
@TestProfile(AuthOffTest.Off.class)
class AuthOffTest {

    static final String DEFAULT_ACCOUNT = "AC33333333333333333333333333333333";

    public static class Off extends ConfigOverrides {
        public Off() {
            super("mock.auth.mode", "off", "mock.auth.default-account", DEFAULT_ACCOUNT);
        }
    }

    @Test
    void requestsWithoutCredentialsUseTheDefaultAccount() {
        given().get(COMPOSITION).then().statusCode(200).body("account_sid", equalTo(DEFAULT_ACCOUNT));
    }

    @Test
    void anAccountSidInBasicAuthStillSelectsThatAccount() {
        String account = Sids.account();
        given().auth().preemptive().basic(account, "x").get(COMPOSITION).then()
                .statusCode(200).body("account_sid", equalTo(account));
    }

    @Test
    void anApiKeyActsOnTheAccountThatOwnsIt() {
        String account = Sids.account();
        String key = Sids.apiKey();
        given().contentType("application/json")
                .body("{\"username\":\"" + key + "\",\"password\":\"secret\",\"account\":\"" + account + "\"}")
                .post("/__admin/credentials").then().statusCode(201);

        given().auth().preemptive().basic(key, "anything").get(COMPOSITION).then()
                .statusCode(200).body("account_sid", equalTo(account));
    }

    @Test
    void unknownPathsAre404NotUnauthenticated() {
        given().get("/v1/Nothing").then().statusCode(404).body("code", equalTo(20404));
    }
}
