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
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * In front of every {@code /__admin} call: when {@code MOCK_ADMIN_TOKEN} is set, the call needs
 * {@code Authorization: Bearer <token>}; a {@code Content-Type} that does not parse is a 415 in the
 * admin error shape (the framework would fail on it). The dashboard's static files
 * ({@code /__admin/ui/}) are served without the token; every call the page makes needs it.
 *
 * <p>A call that carries an {@code Origin} other than the mock's own (or one of
 * {@code MOCK_ADMIN_ALLOWED_ORIGINS}) is refused with 403: a web page open in the developer's
 * browser must not reset the mock or read its credentials. Browsers send {@code Origin} on every
 * cross-site call (a "simple" form POST included); curl, SDKs and the clients send none.
 */
@ApplicationScoped
public class AdminGate {

    private final Optional<byte[]> expected;
    private final Set<String> allowedOrigins;
    private final AdminResponses errors;

    public AdminGate(MockConfig config, AdminResponses errors) {
        this.expected = config.admin().token().filter(token -> !token.isBlank())
                .map(token -> ("Bearer " + token).getBytes(StandardCharsets.UTF_8));
        this.allowedOrigins = config.admin().allowedOrigins().orElse(List.of()).stream()
                .map(AdminGate::normalised).filter(origin -> !origin.isEmpty()).collect(Collectors.toUnmodifiableSet());
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
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !isAllowed(origin, context)) {
            errors.send(context.response(), 403, new AdminError("Cross-origin admin call refused",
                    List.of("the Origin " + shown(origin) + " is not the mock's own; pages of other origins may not call the"
                            + " admin API (allow one with MOCK_ADMIN_ALLOWED_ORIGINS)")));
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

    /** The mock's own origin (the page was served by it: same scheme and host) or a configured one. */
    private boolean isAllowed(String origin, RoutingContext context) {
        String given = normalised(origin);
        String host = context.request().getHeader(HttpHeaders.HOST);
        String own = host == null ? null : normalised(context.request().scheme() + "://" + host);
        return given.equals(own) || allowedOrigins.contains(given);
    }

    private static String normalised(String origin) {
        String trimmed = origin.strip().toLowerCase(Locale.ROOT);
        if (trimmed.endsWith(":80") && trimmed.startsWith("http://")) {
            return trimmed.substring(0, trimmed.length() - 3);
        }
        if (trimmed.endsWith(":443") && trimmed.startsWith("https://")) {
            return trimmed.substring(0, trimmed.length() - 4);
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static String shown(String value) {
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return "'" + (printable.length() > 80 ? printable.substring(0, 80) + "…" : printable) + "'";
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
