package dev.csmock.http;

import dev.csmock.api.RenderedResponse;
import dev.csmock.errors.TwilioError;
import dev.csmock.errors.ErrorResponses;
import dev.csmock.faults.FaultDecision;
import dev.csmock.faults.model.ConnectionCloseFault;
import dev.csmock.faults.model.ConnectionResetFault;
import dev.csmock.faults.model.ContentTypeFault;
import dev.csmock.faults.model.DribbleFault;
import dev.csmock.faults.model.FaultSpec;
import dev.csmock.faults.model.HangFault;
import dev.csmock.faults.model.MalformedBodyFault;
import dev.csmock.faults.model.StatusFault;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Applies a fault to the HTTP exchange: the only place that knows about sockets. Waiting is done
 * with Vert.x timers, never by blocking a thread.
 */
@ApplicationScoped
public class FaultResponder {

    private final Vertx vertx;
    private final ErrorResponses errors;

    public FaultResponder(Vertx vertx, ErrorResponses errors) {
        this.vertx = vertx;
        this.errors = errors;
    }

    /**
     * Answers the request with the decided fault. {@code correct} renders the real answer (serving
     * the request) for faults that deliver or follow it.
     */
    void apply(RoutingContext context, FaultDecision decision, Supplier<RenderedResponse> correct) {
        FaultSpec fault = decision.fault();
        HttpServerResponse response = context.response();
        if (fault instanceof StatusFault status) {
            sendStatus(response, status);
        } else if (fault instanceof MalformedBodyFault malformed) {
            byte[] body = MalformedBodies.of(malformed.kind(), correct.get().body(), decision.random());
            send(response, malformed.statusOrDefault(),
                    malformed.kind().equals("html") ? "text/html; charset=utf-8" : "application/json", body);
        } else if (fault instanceof ContentTypeFault contentType) {
            RenderedResponse answer = correct.get();
            send(response, answer.status(), contentType.contentType(), answer.body());
        } else if (fault instanceof ConnectionResetFault) {
            RequestTrace.of(context).connectionFault = true;
            reset(context);
        } else if (fault instanceof ConnectionCloseFault) {
            RequestTrace.of(context).connectionFault = true;
            context.request().connection().close();
        } else if (fault instanceof HangFault hang) {
            RequestTrace.of(context).connectionFault = true;
            long timer = vertx.setTimer(hang.maxMsOrDefault(), ignored -> context.request().connection().close());
            response.closeHandler(ignored -> vertx.cancelTimer(timer));
        } else if (fault instanceof DribbleFault dribble) {
            dribble(response, correct.get(), dribble);
        }
    }

    private void sendStatus(HttpServerResponse response, StatusFault fault) {
        int code = fault.code() != null ? fault.code() : TwilioError.defaultCode(fault.status());
        String message = fault.message() != null ? fault.message() : TwilioError.reasonPhrase(fault.status());
        Integer retryAfter = fault.retryAfterSeconds() != null ? fault.retryAfterSeconds()
                : fault.status() == 429 ? Integer.valueOf(1) : null;
        if (retryAfter != null) {
            response.putHeader("Retry-After", retryAfter.toString());
        }
        errors.send(response, TwilioError.of(fault.status(), code, message));
    }

    private static void send(HttpServerResponse response, int status, String contentType, byte[] body) {
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(Buffer.buffer(body));
    }

    /** A real TCP RST: linger 0, then close. */
    private static void reset(RoutingContext context) {
        if (context.request().connection() instanceof ConnectionBase connection) {
            Channel channel = connection.channel();
            channel.config().setOption(ChannelOption.SO_LINGER, 0);
            channel.close();
        } else {
            context.request().connection().close();
        }
    }

    private void dribble(HttpServerResponse response, RenderedResponse answer, DribbleFault dribble) {
        byte[] body = answer.body();
        int chunks = Math.max(1, Math.min(dribble.chunksOrDefault(), Math.max(1, body.length)));
        long interval = chunks == 1 ? 0 : dribble.totalMsOrDefault() / (chunks - 1);
        response.setStatusCode(answer.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType())
                .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
        writeChunk(response, body, chunks, 0, interval);
    }

    private void writeChunk(HttpServerResponse response, byte[] body, int chunks, int index, long interval) {
        if (response.closed()) {
            return;
        }
        int from = (int) ((long) body.length * index / chunks);
        int to = (int) ((long) body.length * (index + 1) / chunks);
        Buffer piece = Buffer.buffer().appendBytes(body, from, to - from);
        if (index == chunks - 1) {
            response.end(piece);
            return;
        }
        response.write(piece);
        vertx.setTimer(Math.max(1, interval), ignored -> writeChunk(response, body, chunks, index + 1, interval));
    }
}
