package dev.csmock.http;

import dev.csmock.api.RenderedResponse;
import dev.csmock.api.TwilioError;
import dev.csmock.api.TwilioResponses;
import dev.csmock.faults.FaultDecision;
import dev.csmock.faults.model.ConnectionCloseFault;
import dev.csmock.faults.model.ConnectionResetFault;
import dev.csmock.faults.model.ContentTypeFault;
import dev.csmock.faults.model.DribbleFault;
import dev.csmock.faults.model.FaultSpec;
import dev.csmock.faults.model.HangFault;
import dev.csmock.faults.model.LimitFault;
import dev.csmock.faults.model.MalformedBodyFault;
import dev.csmock.faults.model.StatusFault;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Applies a fault to the HTTP exchange: the only place that knows about sockets. It implements
 * the fault model's visitor, so a kind of fault without a branch here does not compile. Waiting
 * is done with Vert.x timers, never by blocking a thread.
 */
@ApplicationScoped
public class FaultResponder {

    private final Vertx vertx;
    private final TwilioResponses responses;
    private final Guard guard;

    public FaultResponder(Vertx vertx, TwilioResponses responses, Guard guard) {
        this.vertx = vertx;
        this.responses = responses;
        this.guard = guard;
    }

    /**
     * Answers the request with the decided fault. {@code correct} renders the real answer (serving
     * the request) for faults that deliver or follow it.
     */
    void apply(RoutingContext context, FaultDecision decision, Supplier<RenderedResponse> correct) {
        decision.fault().accept(new Application(context, decision, correct));
    }

    /** One fault applied to one exchange. */
    private final class Application implements FaultSpec.Visitor<Void> {

        private final RoutingContext context;
        private final FaultDecision decision;
        private final Supplier<RenderedResponse> correct;
        private final HttpServerResponse response;

        Application(RoutingContext context, FaultDecision decision, Supplier<RenderedResponse> correct) {
            this.context = context;
            this.decision = decision;
            this.correct = correct;
            this.response = context.response();
        }

        @Override
        public Void status(StatusFault fault) {
            int code = fault.code() != null ? fault.code() : TwilioError.defaultCode(fault.status());
            String message = fault.message() != null ? fault.message() : TwilioError.reasonPhrase(fault.status());
            Integer retryAfter = fault.retryAfterSeconds() != null ? fault.retryAfterSeconds()
                    : fault.status() == 429 ? Integer.valueOf(1) : null;
            if (retryAfter != null) {
                response.putHeader("Retry-After", retryAfter.toString());
            }
            ResponseWriter.send(response, responses.error(TwilioError.of(fault.status(), code, message)));
            return null;
        }

        @Override
        public Void limit(LimitFault limit) {
            int retryAfter = decision.retryAfterSeconds() == null ? 1 : decision.retryAfterSeconds();
            response.putHeader("Retry-After", Integer.toString(retryAfter));
            ResponseWriter.send(response, responses.error(TwilioError.of(429)));
            return null;
        }

        @Override
        public Void malformedBody(MalformedBodyFault fault) {
            byte[] body = MalformedBodies.of(fault.kind(), correct.get().body(), decision.random());
            ResponseWriter.send(response, fault.statusOrDefault(),
                    fault.kind().equals("html") ? "text/html; charset=utf-8" : TwilioResponses.JSON, body);
            return null;
        }

        @Override
        public Void contentType(ContentTypeFault fault) {
            RenderedResponse answer = correct.get();
            ResponseWriter.send(response, answer.status(), fault.contentType(), answer.body());
            return null;
        }

        @Override
        public Void connectionReset(ConnectionResetFault fault) {
            reset(context.request().connection());
            RequestTrace.of(context).connectionFault = true;
            return null;
        }

        @Override
        public Void connectionClose(ConnectionCloseFault fault) {
            RequestTrace.of(context).connectionFault = true;
            context.request().connection().close();
            return null;
        }

        @Override
        public Void hang(HangFault fault) {
            RequestTrace.of(context).connectionFault = true;
            long timer = vertx.setTimer(fault.maxMsOrDefault(), ignored -> context.request().connection().close());
            context.addEndHandler(ignored -> vertx.cancelTimer(timer));
            return null;
        }

        @Override
        public Void dribble(DribbleFault fault) {
            RenderedResponse answer = correct.get();
            byte[] body = answer.body();
            int chunks = Math.max(1, Math.min(fault.chunksOrDefault(), Math.max(1, body.length)));
            long interval = chunks == 1 ? 0 : fault.totalMsOrDefault() / (chunks - 1);
            response.setStatusCode(answer.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType())
                    .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
            writeChunk(body, chunks, 0, interval);
            return null;
        }

        private void writeChunk(byte[] body, int chunks, int index, long interval) {
            if (response.closed() || response.ended()) {
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
            vertx.setTimer(Math.max(1, interval),
                    ignored -> guard.run(context, () -> writeChunk(body, chunks, index + 1, interval)));
        }
    }

    /**
     * A real TCP RST: linger 0, then close. It needs Vert.x' connection internals (the Netty
     * channel); if a Vert.x version no longer offers them, this fails loudly (a logged error and a
     * 500) rather than closing with a FIN that a test would take for a reset.
     */
    static void reset(HttpConnection connection) {
        if (!(connection instanceof ConnectionBase base)) {
            throw new IllegalStateException("connection-reset needs io.vertx.core.net.impl.ConnectionBase, which this"
                    + " Vert.x connection (" + connection.getClass().getName() + ") is not");
        }
        Channel channel = base.channel();
        channel.config().setOption(ChannelOption.SO_LINGER, 0);
        channel.close();
    }
}
