package dev.csmock.admin;

import dev.csmock.config.MockConfig;
import dev.csmock.errors.AdminError;
import dev.csmock.errors.ErrorResponses;
import dev.csmock.http.TwilioHttpGate;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/** When {@code MOCK_ADMIN_TOKEN} is set, every {@code /__admin} call needs {@code Authorization: Bearer <token>}. */
@ApplicationScoped
public class AdminTokenGuard {

    private final Optional<byte[]> expected;
    private final ErrorResponses errors;

    public AdminTokenGuard(MockConfig config, ErrorResponses errors) {
        this.expected = config.admin().token().filter(token -> !token.isBlank())
                .map(token -> ("Bearer " + token).getBytes(StandardCharsets.UTF_8));
        this.errors = errors;
    }

    void register(@Observes Router router) {
        if (expected.isPresent()) {
            router.route("/__admin*").order(TwilioHttpGate.ORDER + 1).handler(this::guard);
        }
    }

    private void guard(RoutingContext context) {
        String given = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (given != null && MessageDigest.isEqual(expected.get(), given.trim().getBytes(StandardCharsets.UTF_8))) {
            context.next();
            return;
        }
        context.response().putHeader("WWW-Authenticate", "Bearer realm=\"composition-settings-mock admin\"");
        errors.send(context.response(), 401, new AdminError("Admin token required",
                List.of("send the header Authorization: Bearer <MOCK_ADMIN_TOKEN>")));
    }
}
