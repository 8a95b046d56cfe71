package dev.csmock.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one place where Twilio-shaped error bodies become HTTP responses. */
@ApplicationScoped
public class TwilioErrorResponses {

    private final ObjectMapper json;

    public TwilioErrorResponses(ObjectMapper json) {
        this.json = json;
    }

    public byte[] body(TwilioError error) {
        try {
            return json.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a Twilio error", e);
        }
    }

    /** Ends a Vert.x response with the error (used before the request reaches JAX-RS). */
    public void send(HttpServerResponse response, TwilioError error) {
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(error.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                .end(Buffer.buffer(body(error)));
    }

    /** The same error as a JAX-RS response. */
    public Response response(TwilioError error) {
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(error))
                .build();
    }
}
