package dev.csmock.admin;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /q/openapi}: the admin API's OpenAPI document, made at build time by SmallRye OpenAPI's
 * Maven plugin from the resources' annotations (pom.xml) and served as it is, YAML by default and
 * JSON for {@code Accept: application/json} or {@code ?format=json}, as Quarkus' extension serves
 * it, without building it at every start-up. {@code /q/swagger-ui/} opens Swagger UI on it: the page
 * {@code META-INF/swagger-ui/index.html} and the files of SmallRye's Swagger UI jar beside it.
 */
@ApplicationScoped
public class OpenApiDocument {

    public static final String PATH = "/q/openapi";
    private static final String SWAGGER_UI = "/q/swagger-ui";

    /** The files served, read from the class path on first use. */
    private final Map<String, Buffer> files = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        router.get(PATH).handler(this::serve);
        router.get(SWAGGER_UI).handler(context -> {
            if (context.normalizedPath().equals(SWAGGER_UI)) {
                context.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, "swagger-ui/").end();
            } else {
                swaggerUi(context);
            }
        });
        router.get(SWAGGER_UI + "/index.html").handler(this::swaggerUi);
        router.get(SWAGGER_UI + "/*").handler(StaticHandler.create("META-INF/resources/openapi-ui"));
    }

    private void swaggerUi(RoutingContext context) {
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .end(file("/META-INF/swagger-ui/index.html"));
    }

    private void serve(RoutingContext context) {
        String format = context.request().getParam("format");
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean asJson = format != null ? format.equalsIgnoreCase("json")
                : accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("json");
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                .end(file(asJson ? "/META-INF/openapi/openapi.json" : "/META-INF/openapi/openapi.yaml"));
    }

    private Buffer file(String resource) {
        return files.computeIfAbsent(resource, OpenApiDocument::read);
    }

    private static Buffer read(String resource) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the build puts it there (pom.xml)");
            }
            return Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
