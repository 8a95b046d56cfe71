package dev.csmock.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Renders every exception that leaves a resource, so that no framework default body and no stack
 * trace ever reaches a client: in Twilio's shape on the Twilio routes, in the admin shape on
 * {@code /__admin}.
 */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

    private final ErrorResponses responses;

    public ExceptionMappers(ErrorResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response twilio(TwilioException e) {
        return responses.response(e.error());
    }

    @ServerExceptionMapper
    public Response admin(AdminException e) {
        return responses.response(e.status(), e.body());
    }

    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e) {
        return invalidJson(e);
    }

    @ServerExceptionMapper
    public Response invalidJson(JsonProcessingException e) {
        return responses.response(400, new AdminError("Invalid JSON body", List.of(describe(e))));
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, HttpServerRequest request) {
        return framework(e, request.path());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        return unexpected(e, request.path());
    }

    Response framework(WebApplicationException e, String path) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return invalidJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        String reason = TwilioError.reasonPhrase(status);
        if (isAdmin(path)) {
            return responses.response(status, new AdminError(reason, List.of()));
        }
        return responses.response(TwilioError.of(status, TwilioError.defaultCode(status), reason));
    }

    Response unexpected(Throwable e, String path) {
        LOG.error("Unexpected failure while serving " + path, e);
        if (isAdmin(path)) {
            return responses.response(500, new AdminError("Internal Server Error", List.of()));
        }
        return responses.response(TwilioError.of(500, TwilioCodes.INTERNAL_ERROR, "Internal Server Error"));
    }

    private static boolean isAdmin(String path) {
        return path != null && (path.equals("/__admin") || path.startsWith("/__admin/"));
    }

    /** A Jackson failure as one readable line that names the field. */
    static String describe(JsonProcessingException e) {
        String field = "";
        if (e instanceof JsonMappingException mapping) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        String prefix = field.isEmpty() ? "" : field + ": ";
        if (e instanceof UnrecognizedPropertyException unknown) {
            String where = field.contains(".") ? field.substring(0, field.lastIndexOf('.')) + ": " : "";
            return where + "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidTypeIdException invalid) {
            String typeField = prefix.isEmpty() ? "type: " : field + ".type: ";
            String original = String.valueOf(invalid.getOriginalMessage());
            int known = original.indexOf("known type ids = ");
            String choices = known < 0 ? "" : "; known: " + original.substring(known + "known type ids = ".length())
                    .replaceAll("[\\[\\]]", "").replaceAll("\\s*\\(.*", "").trim();
            return (invalid.getTypeId() == null
                    ? typeField + "is required"
                    : typeField + "unknown value '" + invalid.getTypeId() + "'") + choices;
        }
        String message = e.getOriginalMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        return prefix + (newline < 0 ? message : message.substring(0, newline));
    }
}
