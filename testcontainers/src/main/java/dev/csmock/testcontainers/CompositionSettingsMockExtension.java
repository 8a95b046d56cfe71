package dev.csmock.testcontainers;

import dev.csmock.client.MockAccount;
import dev.csmock.client.MockAdmin;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.utility.DockerImageName;

/**
 * A JUnit 5 extension that gives tests one Composition Settings Mock per test run and a fresh
 * {@link MockAccount} per test, forgotten on the mock when the test ends, so that tests, parallel
 * ones included, never see each other's settings, faults or requests.
 *
 * <p>Parameters it injects: {@link MockAccount} (a new account for each parameter), {@link MockAdmin},
 * and {@link CompositionSettingsMockContainer} (when it started the container).
 *
 * <p>Configuration parameters (JUnit configuration parameters or system properties):
 * <ul>
 * <li>{@code csmock.url}: use the mock already running there instead of starting a container;</li>
 * <li>{@code csmock.admin-token}: its admin token, if it has one;</li>
 * <li>{@code csmock.image}: the image to start (default {@link CompositionSettingsMockContainer#DEFAULT_IMAGE});</li>
 * <li>{@code csmock.skip-without-docker}: {@code true} skips the tests (instead of failing them) when no
 * Docker engine runs or the image is not there.</li>
 * </ul>
 */
public class CompositionSettingsMockExtension implements BeforeAllCallback, ParameterResolver {

    public static final String URL = "csmock.url";
    public static final String ADMIN_TOKEN = "csmock.admin-token";
    public static final String IMAGE = "csmock.image";
    public static final String SKIP_WITHOUT_DOCKER = "csmock.skip-without-docker";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CompositionSettingsMockExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MockAccount.class || type == MockAdmin.class || type == CompositionSettingsMockContainer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SharedMock mock = shared(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == MockAdmin.class) {
            return mock.admin();
        }
        if (type == CompositionSettingsMockContainer.class) {
            return mock.container().orElseThrow(() -> new IllegalStateException(
                    "No container to inject: the tests run against the mock at " + mock.admin().baseUrl() + " (" + URL + ")"));
        }
        MockAccount account = mock.admin().newAccount();
        context.getStore(NAMESPACE).put(new Object(), new ForgetOnClose(account));
        return account;
    }

    /** The run's mock: started (or connected to) once, kept in the root store, stopped when JUnit closes it. */
    private static SharedMock shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedMock.class, key -> start(context), SharedMock.class);
    }

    private static SharedMock start(ExtensionContext context) {
        Optional<String> token = context.getConfigurationParameter(ADMIN_TOKEN);
        Optional<String> url = context.getConfigurationParameter(URL).filter(value -> !value.isBlank());
        if (url.isPresent()) {
            return new SharedMock(MockAdmin.connect(url.get(), token.orElse(null)), null);
        }
        DockerImageName image = image(context);
        if (context.getConfigurationParameter(SKIP_WITHOUT_DOCKER).map(Boolean::parseBoolean).orElse(false)) {
            skipWithoutDockerOrImage(image);
        }
        CompositionSettingsMockContainer container = new CompositionSettingsMockContainer(image);
        token.ifPresent(container::withAdminToken);
        container.start();
        return new SharedMock(container.admin(), container);
    }

    private static void skipWithoutDockerOrImage(DockerImageName image) {
        DockerAvailability.problem(image).ifPresent(problem ->
                Assumptions.abort("Skipped: " + problem + " (" + SKIP_WITHOUT_DOCKER + "=true)"));
    }

    /** The image the tests start: {@code csmock.image}, or the default one of this version. */
    static DockerImageName image(ExtensionContext context) {
        return context.getConfigurationParameter(IMAGE).filter(value -> !value.isBlank())
                .map(DockerImageName::parse).orElse(CompositionSettingsMockContainer.DEFAULT_IMAGE);
    }

    /** The mock of the run, and the container when the extension started one. */
    private record SharedMock(MockAdmin admin, CompositionSettingsMockContainer containerOrNull)
            implements ExtensionContext.Store.CloseableResource {

        Optional<CompositionSettingsMockContainer> container() {
            return Optional.ofNullable(containerOrNull);
        }

        @Override
        public void close() {
            if (containerOrNull != null) {
                containerOrNull.stop();
            }
        }
    }

    /** Forgets an injected account on the mock when the test (or class) that asked for it ends. */
    private record ForgetOnClose(MockAccount account) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            account.forget();
        }
    }
}
