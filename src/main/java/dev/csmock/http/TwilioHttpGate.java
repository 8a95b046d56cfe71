package dev.csmock.http;

import dev.csmock.accounts.Authenticator;
import dev.csmock.accounts.Authenticator.Caller;
import dev.csmock.api.RenderedResponse;
import dev.csmock.api.SettingsExchange;
import dev.csmock.api.TwilioError;
import dev.csmock.api.TwilioRequest;
import dev.csmock.api.TwilioResponses;
import dev.csmock.config.MockConfig;
import dev.csmock.faults.FaultDecision;
import dev.csmock.faults.FaultRegistry;
import dev.csmock.errors.MockException;
import dev.csmock.settings.SettingsKind;
import dev.csmock.state.InFlight;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * The one request pipeline of the Twilio routes. Every request walks the same steps:
 * <ol>
 * <li>stamp: Twilio's response headers and a request id;</li>
 * <li>journal: the request is recorded when its exchange ends, whatever ends it;</li>
 * <li>preflight: a CORS {@code OPTIONS} is answered without credentials;</li>
 * <li>authenticate: before anything else (SPEC §1.2), 401 otherwise;</li>
 * <li>route: 404 for an unknown path, 405 for another method;</li>
 * <li>read body: a POST's body up to the limit, 413 over it;</li>
 * <li>decide fault: the fault engine picks the delay and the fault;</li>
 * <li>answer: after the delay, the settings exchange's answer, or the fault applied to it.</li>
 * </ol>
 * Every answer, errors included, is rendered by {@link TwilioResponses} and waits for
 * {@code MOCK_LATENCY_MS}. Each step runs under the {@link Guard}, so an unexpected failure
 * anywhere is still answered (500/20500). {@code /__admin/*} and {@code /q/*} pass through untouched.
 */
@ApplicationScoped
public class TwilioHttpGate {

    /** Runs before every other route of the application. */
    public static final int ORDER = -1000;

    private final Authenticator authenticator;
    private final TwilioHeaders headers;
    private final TwilioResponses responses;
    private final JournalRecorder journal;
    private final FaultRegistry faults;
    private final FaultResponder faultResponder;
    private final SettingsExchange exchange;
    private final Guard guard;
    private final InFlight inFlight;
    private final Vertx vertx;
    private final long maxBodyBytes;

    public TwilioHttpGate(Authenticator authenticator, TwilioHeaders headers, TwilioResponses responses,
            JournalRecorder journal, FaultRegistry faults, FaultResponder faultResponder, SettingsExchange exchange,
            Guard guard, InFlight inFlight, Vertx vertx, MockConfig config) {
        this.inFlight = inFlight;
        this.authenticator = authenticator;
        this.headers = headers;
        this.responses = responses;
        this.journal = journal;
        this.faults = faults;
        this.faultResponder = faultResponder;
        this.exchange = exchange;
        this.guard = guard;
        this.vertx = vertx;
        this.maxBodyBytes = config.settings().maxBodyBytes();
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::gate).failureHandler(this::failure);
    }

    void gate(RoutingContext context) {
        if (!TwilioPaths.isTwilioSpace(context.normalizedPath())) {
            context.next();
            return;
        }
        RequestTrace trace = RequestTrace.start(context, headers.stamp(context));
        context.addEndHandler(result -> ended(context, trace, result.failed()));
        guard.run(context, () -> route(context, trace));
    }

    /**
     * The exchange ended: answered, or its connection closed. A pending timer is cancelled (it would
     * hold the request for nothing), a request whose client left can change nothing more, and the
     * request is journaled unless a reset or a forget overtook it.
     */
    private void ended(RoutingContext context, RequestTrace trace, boolean closedFirst) {
        cancelTimer(trace);
        if (trace.decision != null) {
            trace.decision.release();
        }
        if (closedFirst && !trace.connectionFault) {
            trace.clientLeft = true;
        }
        if (trace.exchange != null) {
            if (trace.clientLeft) {
                trace.exchange.clientLeft();
            } else {
                trace.exchange.close();
            }
        }
        if (!trace.abandoned) {
            journal.record(context, trace);
        }
    }

    private void route(RoutingContext context, RequestTrace trace) {
        HttpServerRequest request = context.request();
        Optional<SettingsKind> kind = SettingsKind.atPath(request.path());
        if (request.method() == HttpMethod.OPTIONS) {
            answerPreflight(context, kind);
            return;
        }
        Optional<Caller> caller = authenticator.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (caller.isEmpty()) {
            context.response().putHeader("WWW-Authenticate", "Basic realm=\"Twilio API\"");
            answerLater(context, TwilioError.authenticate());
            return;
        }
        trace.account = caller.get().account();
        trace.credential = caller.get().username();
        if (kind.isEmpty()) {
            answerLater(context, TwilioError.notFound(request.path()));
            return;
        }
        trace.resource = kind.get().resourceName();
        if (!isAllowed(request.method())) {
            context.response().putHeader(HttpHeaders.ALLOW, TwilioHeaders.ALLOWED_METHODS);
            answerLater(context, TwilioError.methodNotAllowed());
            return;
        }
        String method = request.method().name();
        String username = caller.get().username();
        Context loop = vertx.getOrCreateContext();
        trace.exchange = inFlight.open(trace.account,
                () -> loop.runOnContext(ignored -> guard.run(context, () -> abandoned(context, trace))));
        if (request.method() != HttpMethod.POST) {
            decideAndAnswer(context, trace,
                    new TwilioRequest(trace.account, username, kind.get(), method, null, null, trace.exchange));
            return;
        }
        trace.contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        BodyReader.read(request, maxBodyBytes,
                body -> guard.run(context, () -> {
                    trace.body = body;
                    decideAndAnswer(context, trace, new TwilioRequest(trace.account, username, kind.get(), method,
                            trace.contentType, body, trace.exchange));
                }),
                () -> guard.run(context, () -> {
                    trace.bodyRefused = true;
                    context.response().putHeader(HttpHeaders.CONNECTION, "close");
                    answerLater(context, TwilioError.tooLarge(maxBodyBytes));
                }));
    }

    /** Asks the fault engine, waits for the latency and the rule's delay, then answers. */
    private void decideAndAnswer(RoutingContext context, RequestTrace trace, TwilioRequest request) {
        FaultDecision decision = faults.decide(request.account(), request.kind(), request.method());
        trace.decision = decision;
        trace.faultId = decision.ruleId();
        trace.faultReason = decision.reason();
        if (decision.rule() != null) {
            trace.faultKind = decision.fault() == null ? "delay" : decision.fault().typeName();
        }
        after(context, decision.delayMs(), () -> answer(context, request, decision));
    }

    private void answer(RoutingContext context, TwilioRequest request, FaultDecision decision) {
        if (context.response().closed() || !request.wanted().getAsBoolean()) {
            return;   // the client left, or a reset overtook the request: it changes nothing
        }
        if (decision.fault() == null) {
            ResponseWriter.send(context.response(), exchange.render(request));
        } else if (decision.fault().deliversTheResponse()) {
            faultResponder.apply(context, decision, () -> exchange.render(request));
        } else if (decision.afterPhase()) {
            RenderedResponse served = exchange.render(request);
            faultResponder.apply(context, decision, () -> served);
        } else {
            faultResponder.apply(context, decision, () -> exchange.render(request.asRead()));
        }
    }

    /**
     * A reset or a forget overtook the request while it was pending: it is answered at once, in
     * Twilio's shape (503), without being applied or journaled.
     */
    private void abandoned(RoutingContext context, RequestTrace trace) {
        trace.abandoned = true;
        cancelTimer(trace);
        if (context.response().ended() || context.response().closed()) {
            return;
        }
        if (context.response().headWritten()) {
            context.request().connection().close();
        } else {
            ResponseWriter.send(context.response(), responses.error(TwilioError.of(MockException.abandoned())));
        }
    }

    /** The request no longer waits on its timer (latency, a rule's delay), if it had one. */
    private void cancelTimer(RequestTrace trace) {
        if (trace.timer >= 0) {
            vertx.cancelTimer(trace.timer);
        }
    }

    private void answerPreflight(RoutingContext context, Optional<SettingsKind> kind) {
        if (kind.isEmpty()) {
            answerLater(context, TwilioError.notFound(context.request().path()));
            return;
        }
        after(context, faults.latencyMs(), () -> {
            if (!context.response().ended()) {
                context.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, TwilioHeaders.ALLOWED_METHODS).end();
            }
        });
    }

    private void answerLater(RoutingContext context, TwilioError error) {
        after(context, faults.latencyMs(), () -> ResponseWriter.send(context.response(), responses.error(error)));
    }

    private void after(RoutingContext context, long delayMs, Runnable step) {
        if (delayMs <= 0) {
            step.run();
        } else {
            RequestTrace.of(context).timer = vertx.setTimer(delayMs, ignored -> guard.run(context, step));
        }
    }

    /** Whatever the router itself failed with on a Twilio route is answered in Twilio's shape. */
    void failure(RoutingContext context) {
        if (!TwilioPaths.isTwilioSpace(context.normalizedPath()) || context.response().ended()) {
            context.next();
            return;
        }
        int status = context.statusCode() >= 400 && context.statusCode() < 500 ? context.statusCode() : 500;
        if (status == 500) {
            guard.failed(context, context.failure());
        } else {
            ResponseWriter.send(context.response(), responses.error(TwilioError.of(status)));
        }
    }

    private static boolean isAllowed(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.POST;
    }
}
