package dev.csmock.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmock.http.ResponseWriter;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Where admin errors become HTTP responses: as JAX-RS responses, or on a Vert.x response before JAX-RS. */
@ApplicationScoped
public class AdminResponses {

    private final ObjectMapper json;

    public AdminResponses(ObjectMapper json) {
        this.json = json;
    }

    Response response(int status, AdminError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(bytes(error)).build();
    }

    void send(HttpServerResponse response, int status, AdminError error) {
        ResponseWriter.send(response, status, MediaType.APPLICATION_JSON, bytes(error));
    }

    private byte[] bytes(AdminError error) {
        try {
            return json.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an admin error", e);
        }
    }
}
