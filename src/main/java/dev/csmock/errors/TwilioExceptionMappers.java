package dev.csmock.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Renders every exception that leaves a Twilio resource in Twilio's error shape, so that no
 * framework default body and no stack trace ever reaches a client.
 */
public class TwilioExceptionMappers {

    private static final Logger LOG = Logger.getLogger(TwilioExceptionMappers.class);

    private final TwilioErrorResponses responses;

    public TwilioExceptionMappers(TwilioErrorResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response twilio(TwilioException e) {
        return responses.response(e.error());
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        String reason = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "HTTP " + status;
        return responses.response(TwilioError.of(status, TwilioError.defaultCode(status), reason));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("Unexpected failure while serving a request", e);
        return responses.response(TwilioError.of(500, TwilioCodes.INTERNAL_ERROR, "Internal Server Error"));
    }
}
