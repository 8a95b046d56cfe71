package dev.csmock.admin;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
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
        if (e instanceof MismatchedInputException mismatch) {
            return prefix + "must be " + expected(mismatch.getTargetType());
        }
        if (!(e instanceof JsonParseException)) {
            return (prefix.isEmpty() ? "the body: " : prefix) + "cannot be read as the expected value";
        }
        JsonLocation where = e.getLocation();
        return (prefix.isEmpty() ? "the body" : prefix + "the value") + " is not valid JSON"
                + (where == null || where.getLineNr() < 0 ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
    }

    /** What a field of this Java type takes, in JSON words: never a Java class name or Jackson's own sentence. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
