package dev.csmock.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** REST Assured requests against the mock's Twilio routes. */
public final class Twilio {

    public static final String COMPOSITION = "/v1/CompositionSettings/Default";
    public static final String RECORDING = "/v1/RecordingSettings/Default";
    public static final String VALID_S3_URL = "https://my-bucket.s3.us-east-1.amazonaws.com/compositions";

    private Twilio() {
    }

    /** A request authenticated as {@code account} with some auth token. */
    public static RequestSpecification as(String account) {
        return given().auth().preemptive().basic(account, "token-" + account.substring(2, 8));
    }

    /** A form POST request for {@code account}. */
    public static RequestSpecification form(String account) {
        return as(account).contentType("application/x-www-form-urlencoded");
    }
}
