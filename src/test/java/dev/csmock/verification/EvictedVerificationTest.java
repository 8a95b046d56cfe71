package dev.csmock.verification;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * Verification sees only what the journal holds: when entries of the account were evicted, an
 * upper bound cannot be checked, and the answer says so rather than passing silently.
 */
@QuarkusTest
@TestProfile(EvictedVerificationTest.ThreeEntries.class)
class EvictedVerificationTest {

    public static class ThreeEntries extends ConfigOverrides {
        public ThreeEntries() {
            super("mock.journal.max-entries", "3");
        }
    }

    @Test
    void anUpperBoundOverEvictedEntriesIs406NamingTheSetting() {
        String account = Sids.account();
        for (int i = 0; i < 5; i++) {
            as(account).get(COMPOSITION).then().statusCode(200);
        }
        admin().body("{\"account\":\"" + account + "\",\"method\":\"GET\",\"times\":{\"exactly\":3}}")
                .post("/__admin/requests/verify").then()
                .statusCode(406)
                .body("count", equalTo(3))
                .body("message", containsString("2 older requests of this account were evicted"))
                .body("message", containsString("mock.journal.max-entries"));
        admin().body("{\"account\":\"" + account + "\",\"method\":\"GET\",\"times\":{\"atLeast\":3}}")
                .post("/__admin/requests/verify").then().statusCode(202);
        admin().queryParam("account", account).delete("/__admin/requests").then().statusCode(204);
        as(account).get(COMPOSITION).then().statusCode(200);
        admin().body("{\"account\":\"" + account + "\",\"method\":\"GET\",\"times\":{\"exactly\":1}}")
                .post("/__admin/requests/verify").then().statusCode(202);
    }
}
