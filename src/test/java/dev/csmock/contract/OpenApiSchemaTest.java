package dev.csmock.contract;

import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every 200 body matches the schema of Twilio's own OpenAPI description, field for field. */
@QuarkusTest
class OpenApiSchemaTest {

    private static final TwilioOpenApiSchema OPENAPI = new TwilioOpenApiSchema();

    @ParameterizedTest
    @ValueSource(strings = {"/v1/CompositionSettings/Default", "/v1/RecordingSettings/Default"})
    void unconfiguredGetMatchesTheSchema(String path) throws Exception {
        String body = as(Sids.account()).get(path).then().statusCode(200).extract().asString();
        assertMatches(OPENAPI.responseSchema(path, "get"), body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/CompositionSettings/Default", "/v1/RecordingSettings/Default"})
    void postAndGetOfFullSettingsMatchTheSchema(String path) throws Exception {
        String account = Sids.account();
        String posted = form(account)
                .formParam("FriendlyName", "archive")
                .formParam("AwsCredentialsSid", Sids.credential())
                .formParam("EncryptionKeySid", Sids.credential())
                .formParam("AwsS3Url", "https://documentation-example-twilio-bucket/compositions")
                .formParam("AwsStorageEnabled", "true")
                .formParam("EncryptionEnabled", "true")
                .post(path).then().statusCode(200).extract().asString();
        assertMatches(OPENAPI.responseSchema(path, "post"), posted);
        String fetched = as(account).get(path).then().statusCode(200).extract().asString();
        assertMatches(OPENAPI.responseSchema(path, "get"), fetched);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/CompositionSettings/Default", "/v1/RecordingSettings/Default"})
    void theValidatorRejectsABodyThatBreaksTheSchema(String path) {
        String broken = "{\"account_sid\":\"XX1\",\"friendly_name\":7,\"aws_credentials_sid\":null,\"aws_s3_url\":null,"
                + "\"aws_storage_enabled\":\"yes\",\"encryption_key_sid\":\"CR1\",\"encryption_enabled\":false,\"url\":null}";
        Set<?> errors = OPENAPI.validate(OPENAPI.responseSchema(path, "get"), broken);
        assertTrue(errors.size() >= 4, errors.toString());
    }

    private static void assertMatches(JsonNode schema, String body) throws Exception {
        assertEquals(Set.of(), OPENAPI.validate(schema, body), body);
        Set<String> documented = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(documented::add);
        Set<String> sent = new TreeSet<>();
        new ObjectMapper().readTree(body).fieldNames().forEachRemaining(sent::add);
        assertFalse(documented.isEmpty());
        assertEquals(documented, sent, "every documented field is present, and no other");
    }
}
