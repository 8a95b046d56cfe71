package dev.csmock.admin;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The dashboard (SPEC §9): static files in {@code META-INF/resources/__admin/ui/}, built on the
 * public admin API only. {@code /__admin/ui} redirects to {@code /__admin/ui/} with a relative
 * {@code Location}, so that the page's relative URLs work behind a path prefix too.
 */
@ApplicationScoped
public class Dashboard {

    public static final String PATH = "/__admin/ui";

    void register(@Observes Router router) {
        router.route(PATH).order(AdminGate.ORDER + 1).handler(context -> {
            if (context.normalizedPath().equals(PATH)) {
                context.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, "ui/").end();
            } else {
                context.next();
            }
        });
    }
}
