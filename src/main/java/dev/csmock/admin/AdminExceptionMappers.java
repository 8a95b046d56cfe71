package dev.csmock.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.csmock.api.TwilioError;
import dev.csmock.errors.MockException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Renders every exception that leaves a JAX-RS resource in the admin shape, so that no framework
 * default body and no stack trace ever reaches a client. JAX-RS serves only the admin API: the
 * Twilio routes are answered by the HTTP pipeline ({@code dev.csmock.http}), which maps failures
 * to Twilio's shape itself. A domain failure keeps the status of its kind (a full store is a 503).
 */
public class AdminExceptionMappers {

    private static final Logger LOG = Logger.getLogger(AdminExceptionMappers.class);

    private final AdminResponses responses;

    public AdminExceptionMappers(AdminResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response domain(MockException e) {
        return responses.response(e.problem().status(), AdminError.of(e));
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
    public Response framework(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return invalidJson(json);
        }
        if (e.getCause() instanceof MockException domain) {
            return domain(domain);
        }
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        return responses.response(status, new AdminError(TwilioError.reasonPhrase(status), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.error("Unexpected failure while serving " + request.method() + " " + request.path(), e);
        return responses.response(500, new AdminError("Internal Server Error", List.of()));
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
        if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException
                && e.getCause() instanceof IllegalArgumentException invalid) {
            return prefix + invalid.getMessage();
        }
        String message = e.getOriginalMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return prefix + cleaned(first);
    }

    /** Jackson's sentences name Java classes ("of type `java.lang.Long`"): keep the words, drop the packages. */
    private static String cleaned(String message) {
        if (message == null) {
            return "cannot be read";
        }
        return message.replaceAll("`(?:[a-z][a-z0-9_]*\\.)+([A-Za-z0-9_$]+)`", "`$1`")
                .replaceAll("(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_]*)\\$([A-Za-z0-9_]+)", "$2")
                .replaceAll("(?:dev|java|com|io|jakarta|org)\\.(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_]*)", "$1");
    }
}
