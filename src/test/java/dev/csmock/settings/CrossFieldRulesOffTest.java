package dev.csmock.settings;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.equalTo;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** SPEC §1.3: the cross-field rules can be switched off. */
@QuarkusTest
@TestProfile(CrossFieldRulesOffTest.Off.class)
class CrossFieldRulesOffTest {

    public static class Off extends ConfigOverrides {
        public Off() {
            super("mock.settings.cross-field-rules", "false");
        }
    }

    @Test
    void storageAndEncryptionCanBeEnabledAlone() {
        form(Sids.account()).formParam("FriendlyName", "x").formParam("AwsStorageEnabled", "true")
                .formParam("EncryptionEnabled", "true").post(COMPOSITION).then()
                .statusCode(200).body("aws_storage_enabled", equalTo(true)).body("encryption_enabled", equalTo(true));
    }

    @Test
    void singleFieldRulesStillApply() {
        form(Sids.account()).formParam("FriendlyName", "x").formParam("AwsS3Url", "http://plain").post(COMPOSITION).then()
                .statusCode(400);
    }
}
