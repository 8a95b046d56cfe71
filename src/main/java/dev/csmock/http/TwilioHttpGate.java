package dev.csmock.http;

import dev.csmock.accounts.Authenticator;
import dev.csmock.accounts.Authenticator.Caller;
import dev.csmock.config.MockConfig;
import dev.csmock.errors.TwilioCodes;
import dev.csmock.errors.TwilioError;
import dev.csmock.errors.TwilioErrorResponses;
import dev.csmock.errors.TwilioException;
import dev.csmock.settings.SettingsKind;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * The HTTP layer in front of the Twilio routes, applied once for all of them: it stamps Twilio's
 * headers, answers CORS preflights, authenticates (before anything else, SPEC §1.2), and answers
 * unknown paths (404), other methods (405) and oversized bodies (413) in Twilio's error shape.
 * Only a request for a known resource with an allowed method reaches the JAX-RS resource.
 * {@code /__admin/*} and {@code /q/*} pass through untouched.
 */
@ApplicationScoped
public class TwilioHttpGate {

    /** Runs before every other route of the application. */
    public static final int ORDER = -1000;

    private final Authenticator authenticator;
    private final TwilioHeaders headers;
    private final TwilioErrorResponses errors;
    private static final Logger LOG = Logger.getLogger(TwilioHttpGate.class);

    private final long maxBodyBytes;

    public TwilioHttpGate(Authenticator authenticator, TwilioHeaders headers, TwilioErrorResponses errors,
            MockConfig config) {
        this.authenticator = authenticator;
        this.headers = headers;
        this.errors = errors;
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
        headers.stamp(context);
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
            errors.send(context.response(), TwilioError.of(401, TwilioCodes.AUTHENTICATE, "Authenticate"));
            return;
        }
        if (kind.isEmpty()) {
            errors.send(context.response(), TwilioPaths.notFound(path));
            return;
        }
        if (!isAllowed(request.method())) {
            context.response().putHeader(HttpHeaders.ALLOW, TwilioHeaders.ALLOWED_METHODS);
            errors.send(context.response(), TwilioError.of(405, TwilioCodes.METHOD_NOT_ALLOWED, "Method not allowed"));
            return;
        }
        // Twilio answers JSON whatever the Accept header asks for; JAX-RS would answer 406.
        request.headers().remove(HttpHeaders.ACCEPT);
        if (request.method() != HttpMethod.POST) {
            new TwilioRequest(caller.get().account(), caller.get().username(), kind.get(), null).attachTo(context);
            context.next();
            return;
        }
        BodyReader.read(request, maxBodyBytes,
                body -> {
                    new TwilioRequest(caller.get().account(), caller.get().username(), kind.get(), body).attachTo(context);
                    context.next();
                },
                () -> {
                    context.response().putHeader(HttpHeaders.CONNECTION, "close");
                    errors.send(context.response(), TwilioPaths.tooLarge(maxBodyBytes));
                });
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
                    status >= 500 ? "Internal Server Error" : "Bad Request"));
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
