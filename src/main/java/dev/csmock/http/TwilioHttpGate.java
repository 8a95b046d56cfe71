package dev.csmock.http;

import dev.csmock.accounts.Authenticator;
import dev.csmock.accounts.Authenticator.Caller;
import dev.csmock.api.RenderedResponse;
import dev.csmock.api.SettingsExchange;
import dev.csmock.config.MockConfig;
import dev.csmock.errors.TwilioCodes;
import dev.csmock.errors.TwilioError;
import dev.csmock.errors.ErrorResponses;
import dev.csmock.errors.TwilioException;
import dev.csmock.faults.FaultDecision;
import dev.csmock.faults.FaultRegistry;
import dev.csmock.settings.SettingsKind;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The HTTP layer in front of the Twilio routes, applied once for all of them: it stamps Twilio's
 * headers, journals the request, answers CORS preflights, authenticates (before anything else,
 * SPEC §1.2), answers unknown paths (404), other methods (405) and oversized bodies (413) in
 * Twilio's shape, and applies the latency and the fault that the fault engine decides. Only a
 * request for a known resource with an allowed method and no replacing fault reaches the JAX-RS
 * resource. {@code /__admin/*} and {@code /q/*} pass through untouched.
 */
@ApplicationScoped
public class TwilioHttpGate {

    /** Runs before every other route of the application. */
    public static final int ORDER = -1000;

    private static final Logger LOG = Logger.getLogger(TwilioHttpGate.class);

    private final Authenticator authenticator;
    private final TwilioHeaders headers;
    private final ErrorResponses errors;
    private final JournalRecorder journal;
    private final FaultRegistry faults;
    private final FaultResponder faultResponder;
    private final SettingsExchange exchange;
    private final Vertx vertx;
    private final long maxBodyBytes;

    public TwilioHttpGate(Authenticator authenticator, TwilioHeaders headers, ErrorResponses errors,
            JournalRecorder journal, FaultRegistry faults, FaultResponder faultResponder, SettingsExchange exchange,
            Vertx vertx, MockConfig config) {
        this.authenticator = authenticator;
        this.headers = headers;
        this.errors = errors;
        this.journal = journal;
        this.faults = faults;
        this.faultResponder = faultResponder;
        this.exchange = exchange;
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
        journal.track(context, trace);
        HttpServerRequest request = context.request();
        String path = request.path();
        Optional<SettingsKind> kind = SettingsKind.atPath(path);
        if (request.method() == HttpMethod.OPTIONS) {
            answerPreflight(context, kind);
            return;
        }
        Optional<Caller> caller = authenticator.authenticate(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (caller.isEmpty()) {
            context.response().putHeader("WWW-Authenticate", "Basic realm=\"Twilio API\"");
            answerLater(context, TwilioError.of(401, TwilioCodes.AUTHENTICATE, "Authenticate"));
            return;
        }
        trace.account = caller.get().account();
        if (kind.isEmpty()) {
            answerLater(context, TwilioPaths.notFound(path));
            return;
        }
        trace.resource = kind.get().resourceName();
        if (!isAllowed(request.method())) {
            context.response().putHeader(HttpHeaders.ALLOW, TwilioHeaders.ALLOWED_METHODS);
            answerLater(context, TwilioError.of(405, TwilioCodes.METHOD_NOT_ALLOWED, "Method not allowed"));
            return;
        }
        // Twilio answers JSON whatever the Accept header asks for; JAX-RS would answer 406.
        request.headers().remove(HttpHeaders.ACCEPT);
        String method = request.method().name();
        if (request.method() != HttpMethod.POST) {
            dispatch(context, new TwilioRequest(trace.account, caller.get().username(), kind.get(), method, null, null));
            return;
        }
        BodyReader.read(request, maxBodyBytes,
                body -> dispatch(context, new TwilioRequest(trace.account, caller.get().username(), kind.get(), method,
                        request.getHeader(HttpHeaders.CONTENT_TYPE), body)),
                () -> {
                    context.response().putHeader(HttpHeaders.CONNECTION, "close");
                    errors.send(context.response(), TwilioPaths.tooLarge(maxBodyBytes));
                });
    }

    /** Waits for the latency and the rule's delay, then applies the fault or lets the resource answer. */
    private void dispatch(RoutingContext context, TwilioRequest request) {
        request.attachTo(context);
        FaultDecision decision = faults.decide(request.account(), request.kind(), request.method());
        RequestTrace trace = RequestTrace.of(context);
        trace.faultId = decision.ruleId();
        if (decision.rule() != null) {
            trace.faultKind = decision.fault() == null ? "delay" : decision.fault().typeName();
        }
        after(decision.delayMs(), () -> {
            if (decision.fault() == null) {
                context.next();
            } else if (decision.fault().deliversTheResponse()) {
                faultResponder.apply(context, decision, () -> exchange.render(request));
            } else if (decision.afterPhase()) {
                RenderedResponse served = exchange.render(request);
                faultResponder.apply(context, decision, () -> served);
            } else {
                faultResponder.apply(context, decision, () -> exchange.render(request.asRead()));
            }
        });
    }

    private void answerLater(RoutingContext context, TwilioError error) {
        after(faults.latencyMs(), () -> errors.send(context.response(), error));
    }

    private void after(long delayMs, Runnable action) {
        if (delayMs <= 0) {
            action.run();
        } else {
            vertx.setTimer(delayMs, ignored -> action.run());
        }
    }

    /** Whatever failed on a Twilio route is answered in Twilio's shape, never with a stack trace. */
    void failure(RoutingContext context) {
        if (!TwilioPaths.isTwilioSpace(context.normalizedPath()) || context.response().ended()) {
            context.next();
            return;
        }
        if (context.failure() instanceof TwilioException twilio) {
            errors.send(context.response(), twilio.error());
        } else {
            int status = context.statusCode() >= 400 ? context.statusCode() : 500;
            if (status >= 500) {
                LOG.error("Unexpected failure on a Twilio route", context.failure());
            }
            errors.send(context.response(), TwilioError.of(status, TwilioError.defaultCode(status),
                    TwilioError.reasonPhrase(status)));
        }
    }

    private void answerPreflight(RoutingContext context, Optional<SettingsKind> kind) {
        if (kind.isEmpty()) {
            errors.send(context.response(), TwilioPaths.notFound(context.request().path()));
            return;
        }
        context.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, TwilioHeaders.ALLOWED_METHODS).end();
    }

    private static boolean isAllowed(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.POST;
    }
}
