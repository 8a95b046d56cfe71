package dev.csmock.admin;

import dev.csmock.config.MockConfig;
import dev.csmock.http.TwilioHttpGate;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * In front of every {@code /__admin} call: when {@code MOCK_ADMIN_TOKEN} is set, the call needs
 * {@code Authorization: Bearer <token>}; a {@code Content-Type} that does not parse is a 415 in the
 * admin error shape (the framework would fail on it). The dashboard's static files
 * ({@code /__admin/ui/}) are served without the token; every call the page makes needs it.
 */
@ApplicationScoped
public class AdminGate {

    private final Optional<byte[]> expected;
    private final AdminResponses errors;

    public AdminGate(MockConfig config, AdminResponses errors) {
        this.expected = config.admin().token().filter(token -> !token.isBlank())
                .map(token -> ("Bearer " + token).getBytes(StandardCharsets.UTF_8));
        this.errors = errors;
    }

    /** Right after the Twilio gate, before every other route. */
    static final int ORDER = TwilioHttpGate.ORDER + 1;

    void register(@Observes Router router) {
        router.route("/__admin*").order(ORDER).handler(this::gate);
    }

    private void gate(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.equals(Dashboard.PATH) || path.startsWith(Dashboard.PATH + "/")) {
            // the dashboard's own files are not secret: the page asks for the token and sends it on its calls
            context.next();
            return;
        }
        if (expected.isPresent() && !hasToken(context)) {
            context.response().putHeader("WWW-Authenticate", "Bearer realm=\"composition-settings-mock admin\"");
            errors.send(context.response(), 401, new AdminError("Admin token required",
                    List.of("send the header Authorization: Bearer <MOCK_ADMIN_TOKEN>")));
            return;
        }
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !parses(contentType)) {
            errors.send(context.response(), 415, new AdminError("Unsupported Media Type",
                    List.of("Content-Type '" + contentType + "' does not parse; send application/json")));
            return;
        }
        context.next();
    }

    private boolean hasToken(RoutingContext context) {
        String given = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        return given != null && MessageDigest.isEqual(expected.get(), given.trim().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean parses(String contentType) {
        try {
            MediaType.valueOf(contentType);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
