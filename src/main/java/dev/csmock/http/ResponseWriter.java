package dev.csmock.http;

import dev.csmock.api.RenderedResponse;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/** Sends an answer on a Vert.x response, unless the exchange is over already (Twilio routes and admin gate alike). */
public final class ResponseWriter {

    private ResponseWriter() {
    }

    public static void send(HttpServerResponse response, RenderedResponse answer) {
        send(response, answer.status(), answer.contentType(), answer.body());
    }

    public static void send(HttpServerResponse response, int status, String contentType, byte[] body) {
        if (response.ended() || response.closed()) {
            return;
        }
        // Vert.x leaves the body out of the answer to a HEAD request and keeps its Content-Length
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(Buffer.buffer(body));
    }
}
