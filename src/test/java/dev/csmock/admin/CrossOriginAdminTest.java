package dev.csmock.admin;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Server;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * A web page of another origin, open in the developer's browser, can neither change the mock nor read
 * it: a "simple" cross-site POST needs no preflight, so the admin API refuses any call whose
 * {@code Origin} is not the mock's own or a configured one. Clients without an Origin work as before.
 */
@QuarkusTest
@TestProfile(CrossOriginAdminTest.OneAllowedOrigin.class)
class CrossOriginAdminTest {

    static final String ALLOWED = "https://tools.example.com";

    public static class OneAllowedOrigin extends ConfigOverrides {
        public OneAllowedOrigin() {
            super("mock.admin.allowed-origins", ALLOWED);
        }
    }

    @Test
    void aCrossSiteResetIsRefusedAndChangesNothing() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "kept").post(COMPOSITION).then().statusCode(200);

        given().header("Origin", "https://evil.example").contentType("text/plain")
                .post("/__admin/reset").then().statusCode(403)
                .body("error", equalTo("Cross-origin admin call refused"))
                .body("details[0]", containsString("https://evil.example"));

        as(account).get(COMPOSITION).then().body("friendly_name", equalTo("kept"));
    }

    @Test
    void aCrossSitePageCannotReadTheSnapshotOrSandboxedPagesTheJournal() {
        given().header("Origin", "http://localhost:3000").get("/__admin/snapshot").then().statusCode(403);
        given().header("Origin", "null").get("/__admin/requests").then().statusCode(403);
    }

    @Test
    void theMocksOwnPagesAConfiguredOriginAndClientsWithoutAnOriginAreServed() {
        given().header("Origin", "http://localhost:" + Server.port()).get("/__admin/requests?limit=1").then().statusCode(200);
        given().header("Origin", ALLOWED).get("/__admin/requests?limit=1").then().statusCode(200);
        admin().get("/__admin/requests?limit=1").then().statusCode(200);
    }
}
