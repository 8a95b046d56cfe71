package dev.csmock.settings;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.equalTo;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** SPEC §1.4, {@code mock.settings.unconfigured=not-found}: an account that never posted gets a 404. */
@QuarkusTest
@TestProfile(UnconfiguredNotFoundTest.NotFound.class)
class UnconfiguredNotFoundTest {

    public static class NotFound extends ConfigOverrides {
        public NotFound() {
            super("mock.settings.unconfigured", "not-found");
        }
    }

    @Test
    void anUnconfiguredResourceIs404UntilPosted() {
        String account = Sids.account();
        as(account).get(COMPOSITION).then()
                .statusCode(404)
                .body("code", equalTo(20404))
                .body("message", equalTo("The requested resource /CompositionSettings/Default was not found"));
        form(account).formParam("FriendlyName", "now").post(COMPOSITION).then().statusCode(200);
        as(account).get(COMPOSITION).then().statusCode(200).body("friendly_name", equalTo("now"));
        as(account).get(RECORDING).then().statusCode(404)
                .body("message", equalTo("The requested resource /RecordingSettings/Default was not found"));
    }
}
