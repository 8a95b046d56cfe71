package dev.csmock.settings;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.VALID_S3_URL;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.csmock.support.ConfigOverrides;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** SPEC §1.3, {@code mock.settings.post-semantics=replace}: omitted fields become null/false. */
@QuarkusTest
@TestProfile(ReplaceSemanticsTest.Replace.class)
class ReplaceSemanticsTest {

    public static class Replace extends ConfigOverrides {
        public Replace() {
            super("mock.settings.post-semantics", "replace");
        }
    }

    @Test
    void omittedFieldsAreReset() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "first").formParam("AwsS3Url", VALID_S3_URL)
                .formParam("AwsCredentialsSid", Sids.credential()).formParam("AwsStorageEnabled", "true")
                .post(COMPOSITION).then().statusCode(200);
        form(account).formParam("FriendlyName", "second").post(COMPOSITION).then()
                .statusCode(200)
                .body("friendly_name", equalTo("second"))
                .body("aws_s3_url", nullValue())
                .body("aws_credentials_sid", nullValue())
                .body("aws_storage_enabled", equalTo(false));
    }

    @Test
    void crossFieldRulesOnlySeeThisRequest() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "x").formParam("EncryptionKeySid", Sids.credential())
                .post(COMPOSITION).then().statusCode(200);
        form(account).formParam("FriendlyName", "x").formParam("EncryptionEnabled", "true")
                .post(COMPOSITION).then().statusCode(400).body("code", equalTo(20001));
    }
}
