package dev.csmock.api;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.startsWith;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §1.1: the routes, their methods, and what every other path or method gets. */
@QuarkusTest
class SettingsRoutesTest {

    @Test
    void getOfAnUnconfiguredAccountAnswersDefaults() {
        String account = Sids.account();
        as(account).get(COMPOSITION).then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("account_sid", equalTo(account))
                .body("friendly_name", nullValue())
                .body("aws_credentials_sid", nullValue())
                .body("aws_s3_url", nullValue())
                .body("aws_storage_enabled", equalTo(false))
                .body("encryption_key_sid", nullValue())
                .body("encryption_enabled", equalTo(false))
                .body("url", equalTo("https://video.twilio.com/v1/CompositionSettings/Default"));
    }

    @Test
    void postAnswers200WithTheUpdatedSettingsAndGetReturnsThem() {
        String account = Sids.account();
        String credentials = Sids.credential();
        form(account)
                .formParam("FriendlyName", "archive")
                .formParam("AwsCredentialsSid", credentials)
                .formParam("AwsS3Url", "https://my-bucket.s3.amazonaws.com/compositions")
                .formParam("AwsStorageEnabled", "true")
                .post(COMPOSITION).then()
                .statusCode(200)
                .body("account_sid", equalTo(account))
                .body("friendly_name", equalTo("archive"))
                .body("aws_credentials_sid", equalTo(credentials))
                .body("aws_storage_enabled", equalTo(true));
        as(account).get(COMPOSITION).then()
                .statusCode(200)
                .body("friendly_name", equalTo("archive"))
                .body("aws_s3_url", equalTo("https://my-bucket.s3.amazonaws.com/compositions"))
                .body("aws_storage_enabled", equalTo(true))
                .body("encryption_enabled", equalTo(false));
    }

    @Test
    void recordingSettingsAreServedWithTheirOwnStateAndUrl() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "compositions").post(COMPOSITION).then().statusCode(200);
        form(account).formParam("FriendlyName", "recordings").post(RECORDING).then()
                .statusCode(200)
                .body("url", equalTo("https://video.twilio.com/v1/RecordingSettings/Default"));
        as(account).get(COMPOSITION).then().body("friendly_name", equalTo("compositions"));
        as(account).get(RECORDING).then().body("friendly_name", equalTo("recordings"));
    }

    @Test
    void headIsAnsweredLikeGetWithoutABody() {
        String account = Sids.account();
        as(account).head(COMPOSITION).then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body(emptyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {COMPOSITION, RECORDING})
    void optionsIsACorsPreflightWithoutCredentials(String path) {
        given().options(path).then()
                .statusCode(204)
                .header("Allow", "GET, HEAD, POST, OPTIONS")
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Expose-Headers", "ETag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void otherMethodsAre405(String method) {
        as(Sids.account()).request(method, COMPOSITION).then()
                .statusCode(405)
                .header("Allow", "GET, HEAD, POST, OPTIONS")
                .body("code", equalTo(20004))
                .body("message", equalTo("Method not allowed"))
                .body("status", equalTo(405));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/CompositionSettings/Foo", "/v1/compositionsettings/default",
            "/v1/CompositionSettings/Default/", "/v2/CompositionSettings/Default", "/v1/RecordingSettings",
            "/v1/Rooms"})
    void otherPathsAre404WithThePathWithoutTheVersion(String path) {
        as(Sids.account()).get(path).then()
                .statusCode(404)
                .body("code", equalTo(20404))
                .body("message", equalTo("The requested resource " + path.replaceFirst("^/v1/", "/") + " was not found"))
                .body("more_info", equalTo("https://www.twilio.com/docs/errors/20404"))
                .body("status", equalTo(404));
    }

    @Test
    void pathsOutsideTheApiVersionKeepTheirWholePathInTheMessage() {
        as(Sids.account()).get("/Accounts").then()
                .statusCode(404)
                .body("message", equalTo("The requested resource /Accounts was not found"));
    }

    @Test
    void authenticationIsCheckedBeforeThePath() {
        given().get("/v1/CompositionSettings/Foo").then()
                .statusCode(401)
                .body("code", equalTo(20003));
    }
}
