package dev.csmock.settings;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The store keeps at most {@code mock.store.max-accounts} accounts and says so when it is full. */
@QuarkusTest
@TestProfile(StoreLimitTest.TwoAccounts.class)
class StoreLimitTest {

    public static class TwoAccounts extends ConfigOverrides {
        public TwoAccounts() {
            super("mock.store.max-accounts", "2", "mock.store.max-chars", "4000");
        }
    }

    @Test
    void aNewAccountBeyondTheLimitIsRefusedWhileKnownAccountsKeepWorking() {
        String first = Sids.account();
        String second = Sids.account();
        String third = Sids.account();
        form(first).formParam("FriendlyName", "1").post(COMPOSITION).then().statusCode(200);
        form(second).formParam("FriendlyName", "2").post(COMPOSITION).then().statusCode(200);

        form(third).formParam("FriendlyName", "3").post(COMPOSITION).then()
                .statusCode(503)
                .body("code", equalTo(20503))
                .body("status", equalTo(503))
                .body("message", containsString("mock.store.max-accounts"));

        form(first).formParam("FriendlyName", "1b").post(RECORDING).then().statusCode(200);
        form(second).formParam("FriendlyName", "2b").post(COMPOSITION).then().statusCode(200);
        as(third).get(COMPOSITION).then().statusCode(200).body("friendly_name", equalTo(null));
        as(first).get(COMPOSITION).then().body("friendly_name", equalTo("1"));

        // the same failure on the admin API: a 503 in the admin shape, not a 400 "Invalid settings"
        admin().body("{\"friendly_name\": \"seeded\"}").put("/__admin/accounts/" + third + "/CompositionSettings")
                .then().statusCode(503)
                .body("error", containsString("mock.store.max-accounts"))
                .body("code", nullValue());
        admin().body("{\"accounts\": {\"" + Sids.account() + "\": {}, \"" + Sids.account() + "\": {}, \""
                        + Sids.account() + "\": {}}}")
                .put("/__admin/snapshot").then().statusCode(503).body("error", containsString("mock.store.max-accounts"));
        as(first).get(COMPOSITION).then().body("friendly_name", equalTo("1"));
    }

    @Test
    void theStoreIsBoundedInSizeNotOnlyInAccounts() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "x".repeat(5000)).post(COMPOSITION).then()
                .statusCode(503)
                .body("code", equalTo(20503))
                .body("message", org.hamcrest.Matchers.containsString("mock.store.max-chars"));
        as(account).get(COMPOSITION).then().statusCode(200).body("friendly_name", org.hamcrest.Matchers.nullValue());
    }
}
