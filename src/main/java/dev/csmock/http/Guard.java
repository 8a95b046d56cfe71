package dev.csmock.http;

import dev.csmock.api.TwilioError;
import dev.csmock.api.TwilioResponses;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs a step of a Twilio exchange so that it always ends in a response: work done in a body
 * callback or a timer runs outside the router, where an unexpected exception would otherwise
 * leave the client waiting. Such a failure is logged and answered with Twilio's 500/20500,
 * without a word about its cause.
 */
@ApplicationScoped
public class Guard {

    private static final Logger LOG = Logger.getLogger(Guard.class);

    private final TwilioResponses responses;

    public Guard(TwilioResponses responses) {
        this.responses = responses;
    }

    void run(RoutingContext context, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | LinkageError e) {
            failed(context, e);
        }
    }

    /** Logs an unexpected failure and answers it: 500/20500, or a closed connection once the head is out. */
    void failed(RoutingContext context, Throwable failure) {
        LOG.errorf(failure, "Unexpected failure while serving %s %s", context.request().method(), context.request().path());
        RequestTrace trace = RequestTrace.of(context);
        if (trace != null) {
            trace.connectionFault = false;
        }
        if (!context.response().headWritten()) {
            ResponseWriter.send(context.response(), responses.error(TwilioError.internal()));
        } else if (!context.response().ended()) {
            context.request().connection().close();
        }
    }
}
