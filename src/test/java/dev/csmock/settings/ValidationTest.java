package dev.csmock.settings;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.VALID_S3_URL;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §1.3: each validation rule, its 400/20001 and its message; merge semantics by default. */
@QuarkusTest
class ValidationTest {

    @Test
    void friendlyNameIsRequired() {
        form(Sids.account()).formParam("AwsStorageEnabled", "false").post(COMPOSITION).then()
                .statusCode(400)
                .body("code", equalTo(20001))
                .body("message", equalTo("Missing required parameter FriendlyName in the post body"))
                .body("more_info", equalTo("https://www.twilio.com/docs/errors/20001"))
                .body("status", equalTo(400));
    }

    @Test
    void anEmptyFriendlyNameIsAccepted() {
        form(Sids.account()).formParam("FriendlyName", "").post(COMPOSITION).then()
                .statusCode(200).body("friendly_name", equalTo(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AwsCredentialsSid", "EncryptionKeySid"})
    void credentialSidsMustBeCrSids(String parameter) {
        for (String bad : new String[] {"CR123", "AC0123456789abcdef0123456789abcdef", "CR0123456789abcdef0123456789abcdeg",
                "CR0123456789abcdef0123456789abcdef0"}) {
            form(Sids.account()).formParam("FriendlyName", "x").formParam(parameter, bad).post(COMPOSITION).then()
                    .statusCode(400)
                    .body("code", equalTo(20001))
                    .body("message", containsString(parameter));
        }
        form(Sids.account()).formParam("FriendlyName", "x").formParam(parameter, "CR0123456789ABCDEF0123456789abcdef")
                .post(COMPOSITION).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://my-bucket.s3.us-east-1.amazonaws.com/compositions",
        "https://documentation-example-twilio-bucket/compositions",
        "https://bucket",
        "https://a-b.c-d.example/path/with%20escape/",
        "https://0bucket9.s3.amazonaws.com"})
    void dnsCompliantHttpsUrlsAreAccepted(String url) {
        form(Sids.account()).formParam("FriendlyName", "x").formParam("AwsS3Url", url).post(COMPOSITION).then()
                .statusCode(200).body("aws_s3_url", equalTo(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://my-bucket.s3.amazonaws.com/c",
        "https://My-Bucket.s3.amazonaws.com/c",
        "https://-bucket.example/c",
        "https://bucket-.example/c",
        "https://bucket..example/c",
        "https://bucket_name.example/c",
        "https://192.168.0.1/c",
        "https://[::1]/c",
        "https://bucket.example:443/c",
        "https://user@bucket.example/c",
        "https://bucket.example/c?x=1",
        "https://bucket.example/c#top",
        "https://bucket.example/c d",
        "https://bucket.example/caf\u00e9",
        "https://bucket.example/%zz",
        "//bucket.example/c",
        "bucket.example/c",
        "https:///c",
        ""})
    void otherUrlsAreRejected(String url) {
        form(Sids.account()).formParam("FriendlyName", "x").formParam("AwsS3Url", url).post(COMPOSITION).then()
                .statusCode(400)
                .body("code", equalTo(20001))
                .body("message", containsString("AwsS3Url"));
    }

    @Test
    void aLabelOf63CharactersIsAcceptedAnd64IsNot() {
        String label63 = "a".repeat(63);
        form(Sids.account()).formParam("FriendlyName", "x").formParam("AwsS3Url", "https://" + label63 + ".example/c")
                .post(COMPOSITION).then().statusCode(200);
        form(Sids.account()).formParam("FriendlyName", "x").formParam("AwsS3Url", "https://" + label63 + "a.example/c")
                .post(COMPOSITION).then().statusCode(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "True", "FALSE", "tRuE"})
    void booleansAreCaseInsensitive(String value) {
        form(Sids.account()).formParam("FriendlyName", "x").formParam("EncryptionEnabled", value)
                .formParam("EncryptionKeySid", Sids.credential()).post(COMPOSITION).then()
                .statusCode(200).body("encryption_enabled", equalTo(Boolean.parseBoolean(value.toLowerCase())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on", "", "truee"})
    void otherBooleanValuesAre400(String value) {
        form(Sids.account()).formParam("FriendlyName", "x").formParam("AwsStorageEnabled", value).post(COMPOSITION).then()
                .statusCode(400).body("message", equalTo("Invalid AwsStorageEnabled: must be true or false"));
        form(Sids.account()).formParam("FriendlyName", "x").formParam("EncryptionEnabled", value).post(COMPOSITION).then()
                .statusCode(400).body("message", equalTo("Invalid EncryptionEnabled: must be true or false"));
    }

    @Test
    void storageNeedsAnS3UrlAndCredentials() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "x").formParam("AwsStorageEnabled", "true")
                .formParam("AwsS3Url", VALID_S3_URL).post(COMPOSITION).then()
                .statusCode(400).body("code", equalTo(20001)).body("message", containsString("AwsCredentialsSid"));
        form(account).formParam("FriendlyName", "x").formParam("AwsStorageEnabled", "true")
                .formParam("AwsCredentialsSid", Sids.credential()).post(COMPOSITION).then()
                .statusCode(400).body("message", containsString("AwsS3Url"));
    }

    @Test
    void encryptionNeedsAKey() {
        form(Sids.account()).formParam("FriendlyName", "x").formParam("EncryptionEnabled", "true").post(COMPOSITION).then()
                .statusCode(400).body("code", equalTo(20001)).body("message", containsString("EncryptionKeySid"));
    }

    @Test
    void crossFieldRulesAcceptValuesStoredEarlier() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "x").formParam("AwsS3Url", VALID_S3_URL)
                .formParam("AwsCredentialsSid", Sids.credential()).formParam("EncryptionKeySid", Sids.credential())
                .post(RECORDING).then().statusCode(200);
        form(account).formParam("FriendlyName", "y").formParam("AwsStorageEnabled", "true")
                .formParam("EncryptionEnabled", "true").post(RECORDING).then()
                .statusCode(200).body("aws_storage_enabled", equalTo(true)).body("encryption_enabled", equalTo(true));
    }

    @Test
    void omittedFieldsKeepTheirValuesUnderMerge() {
        String account = Sids.account();
        String credentials = Sids.credential();
        form(account).formParam("FriendlyName", "first").formParam("AwsS3Url", VALID_S3_URL)
                .formParam("AwsCredentialsSid", credentials).formParam("AwsStorageEnabled", "true")
                .post(COMPOSITION).then().statusCode(200);
        form(account).formParam("FriendlyName", "second").post(COMPOSITION).then()
                .statusCode(200)
                .body("friendly_name", equalTo("second"))
                .body("aws_s3_url", equalTo(VALID_S3_URL))
                .body("aws_credentials_sid", equalTo(credentials))
                .body("aws_storage_enabled", equalTo(true));
    }

    @Test
    void aRejectedPostLeavesTheStoredSettingsUnchanged() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "kept").formParam("AwsS3Url", VALID_S3_URL).post(COMPOSITION).then()
                .statusCode(200);
        form(account).formParam("FriendlyName", "lost").formParam("AwsS3Url", "ftp://nope").post(COMPOSITION).then()
                .statusCode(400);
        form(account).formParam("FriendlyName", "lost").formParam("EncryptionEnabled", "true").post(COMPOSITION).then()
                .statusCode(400);
        as(account).get(COMPOSITION).then()
                .body("friendly_name", equalTo("kept")).body("aws_s3_url", equalTo(VALID_S3_URL))
                .body("encryption_enabled", equalTo(false));
    }

    @Test
    void theFirstBrokenParameterInTwiliosOrderIsReported() {
        form(Sids.account()).formParam("AwsS3Url", "nope").formParam("AwsStorageEnabled", "maybe").post(COMPOSITION).then()
                .statusCode(400).body("message", equalTo("Missing required parameter FriendlyName in the post body"));
    }
}
