package dev.csmock.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * Reads a request body up to a limit, without decoding it (Vert.x' own BodyHandler decodes forms
 * itself, with limits of its own). A declared or actual size over the limit calls
 * {@code tooLarge} once and drops the rest. The callbacks run outside the routing context: the
 * caller guards them.
 */
final class BodyReader {

    private BodyReader() {
    }

    static void read(HttpServerRequest request, long limit, Handler<byte[]> complete, Runnable tooLarge) {
        if (declaredLength(request) > limit) {
            tooLarge.run();
            return;
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                refused[0] = true;
                tooLarge.run();
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(ended -> {
            if (!refused[0]) {
                complete.handle(body.getBytes());
            }
        });
        request.resume();
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
