package dev.csmock.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The response schemas of Twilio's own OpenAPI description (a copy in the test resources,
 * {@code twilio-oai/twilio_video_v1.json}, with twilio-oai's MIT licence beside it),
 * checked with networknt's json-schema-validator in OpenAPI 3.0 mode ({@code nullable}, formats asserted).
 */
final class TwilioOpenApiSchema {

    static final String CONTRACT = "/twilio-oai/twilio_video_v1.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .nullableKeywordEnabled(true)
            .formatAssertionsEnabled(true)
            .build();

    TwilioOpenApiSchema() {
        try (InputStream in = TwilioOpenApiSchema.class.getResourceAsStream(CONTRACT)) {
            if (in == null) {
                throw new IllegalStateException("Twilio's OpenAPI description is missing from the test resources: " + CONTRACT);
            }
            this.document = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Twilio's OpenAPI description " + CONTRACT, e);
        }
    }

    /** The component schema, e.g. {@code video.v1.composition_settings}. */
    JsonNode component(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("no schema " + name + " in " + CONTRACT);
        }
        return schema;
    }

    /** The schema of the 200 answer of an operation, resolved through its {@code $ref}. */
    JsonNode responseSchema(String path, String method) {
        String ref = document.path("paths").path(path).path(method).path("responses").path("200")
                .path("content").path("application/json").path("schema").path("$ref").asText();
        return component(ref.substring(ref.lastIndexOf('/') + 1));
    }

    Set<ValidationMessage> validate(JsonNode schema, String body) {
        JsonSchema validator = factory.getSchema(schema, config);
        try {
            return validator.validate(JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
