package dev.csmock.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one place where error bodies become HTTP responses: Twilio's shape on the Twilio routes,
 * {@code {"error", "details"}} on the admin API.
 */
@ApplicationScoped
public class ErrorResponses {

    private final ObjectMapper json;

    public ErrorResponses(ObjectMapper json) {
        this.json = json;
    }

    public byte[] body(Object error) {
        try {
            return json.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an error body", e);
        }
    }

    /** Ends a Vert.x response with a Twilio error (used before the request reaches JAX-RS). */
    public void send(HttpServerResponse response, TwilioError error) {
        send(response, error.status(), error);
    }

    /** Ends a Vert.x response with an admin error. */
    public void send(HttpServerResponse response, int status, AdminError error) {
        send(response, status, (Object) error);
    }

    private void send(HttpServerResponse response, int status, Object error) {
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                .end(Buffer.buffer(body(error)));
    }

    /** A Twilio error as a JAX-RS response. */
    public Response response(TwilioError error) {
        return response(error.status(), error);
    }

    /** An admin error as a JAX-RS response. */
    public Response response(int status, AdminError error) {
        return response(status, (Object) error);
    }

    private Response response(int status, Object error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(error)).build();
    }
}
