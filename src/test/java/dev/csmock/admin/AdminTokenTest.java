package dev.csmock.admin;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** {@code MOCK_ADMIN_TOKEN}: admin calls need the bearer token; the Twilio routes are unaffected. */
@QuarkusTest
@TestProfile(AdminTokenTest.WithToken.class)
class AdminTokenTest {

    public static class WithToken extends ConfigOverrides {
        public WithToken() {
            super("mock.admin.token", "s3cret-admin");
        }
    }

    @Test
    void adminCallsWithoutTheTokenAre401() {
        given().get("/__admin/faults").then().statusCode(401)
                .body("error", equalTo("Admin token required"));
        given().header("Authorization", "Bearer wrong").get("/__admin/requests").then().statusCode(401);
        given().post("/__admin/reset").then().statusCode(401);
        given().get("/__admin/no-such-route").then().statusCode(401);
    }

    @Test
    void adminCallsWithTheTokenPass() {
        given().header("Authorization", "Bearer s3cret-admin").get("/__admin/faults").then().statusCode(200);
    }

    @Test
    void twilioRoutesAndHealthNeedNoToken() {
        as(Sids.account()).get(COMPOSITION).then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
