package dev.csmock.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** Exceptions that would otherwise reach the framework's own error pages are answered in Twilio's shape. */
class ExceptionMappersTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ExceptionMappers mappers = new ExceptionMappers(new ErrorResponses(json));

    @Test
    void anUnexpectedExceptionIsA500WithoutItsDetails() throws Exception {
        Response response = mappers.unexpected(new IllegalStateException("secret internals"), "/v1/CompositionSettings/Default");
        JsonNode body = body(response);
        assertEquals(500, response.getStatus());
        assertEquals(20500, body.get("code").asInt());
        assertEquals(500, body.get("status").asInt());
        assertEquals("https://www.twilio.com/docs/errors/20500", body.get("more_info").asText());
        assertFalse(body.toString().contains("secret internals"));
        assertFalse(body.toString().contains("IllegalStateException"));
    }

    @Test
    void frameworkErrorsKeepTheirStatusWithTheNearestTwilioCode() throws Exception {
        Response response = mappers.framework(new NotSupportedException(), "/v1/CompositionSettings/Default");
        JsonNode body = body(response);
        assertEquals(415, response.getStatus());
        assertEquals(415, body.get("status").asInt());
        assertEquals(20001, body.get("code").asInt());
        assertEquals("Unsupported Media Type", body.get("message").asText());
    }

    @Test
    void twilioExceptionsAreRenderedAsTheyAre() throws Exception {
        Response response = mappers.twilio(TwilioException.notFound("/CompositionSettings/Default"));
        JsonNode body = body(response);
        assertEquals(404, response.getStatus());
        assertEquals(20404, body.get("code").asInt());
        assertEquals("The requested resource /CompositionSettings/Default was not found", body.get("message").asText());
    }

    private JsonNode body(Response response) throws Exception {
        return json.readTree((byte[]) response.getEntity());
    }
}
