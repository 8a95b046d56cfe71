package dev.csmock.testcontainers;

import dev.csmock.client.MockAccount;
import dev.csmock.client.MockAdmin;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.testcontainers.utility.DockerImageName;

/**
 * A JUnit 5 extension that gives test classes a Composition Settings Mock and each test a fresh
 * {@link MockAccount}, forgotten on the mock when the test ends, so that tests, parallel ones
 * included, never see each other's settings, faults or requests (SPEC §8, §8.1).
 *
 * <p>Two ways to use it: {@link WithCompositionSettingsMock} on the class (its attributes are the
 * mock's settings), or a field
 * {@code @RegisterExtension static CompositionSettingsMockExtension mock = CompositionSettingsMockExtension.newInstance()
 * .seed("seed.json").journalMaxEntries(5_000).build();} whose {@link #admin()}, {@link #newAccount()} and
 * {@link #baseUrl()} the tests can use too. Classes with equal settings share one mock per run; an
 * {@code isolated} class gets a mock of its own, stopped after it.
 *
 * <p>Parameters it injects: {@link MockAccount} (a new account for each parameter), {@link MockAdmin}
 * (on a shared mock it refuses the operations that reach every account, see
 * {@link MockAdmin#sharedWithOtherTests}), and {@link CompositionSettingsMockContainer} (an isolated
 * mock's container only).
 *
 * <p>Configuration parameters (JUnit configuration parameters or system properties):
 * <ul>
 * <li>{@code csmock.url}: the classes with default settings use the mock already running there;</li>
 * <li>{@code csmock.admin-token}: its admin token, if it has one;</li>
 * <li>{@code csmock.image}: the image to start (default {@link CompositionSettingsMockContainer#DEFAULT_IMAGE});</li>
 * <li>{@code csmock.runner}: {@code auto} (default: a container when a Docker engine answers and the image is
 * there, a child JVM otherwise), {@code docker} or {@code jvm};</li>
 * <li>{@code csmock.server.dir}, {@code csmock.server.zip}, {@code csmock.maven.repo}: where the child JVM's
 * application is (default: the server's artifact in the local Maven repository);</li>
 * <li>{@code csmock.skip-without-docker}: {@code true} skips the tests (instead of failing them) when the
 * mock can run neither in a container nor in a child JVM here.</li>
 * </ul>
 */
public class CompositionSettingsMockExtension implements BeforeAllCallback, ParameterResolver {

    public static final String URL = "csmock.url";
    public static final String ADMIN_TOKEN = "csmock.admin-token";
    public static final String IMAGE = "csmock.image";
    public static final String RUNNER = "csmock.runner";
    public static final String SKIP_WITHOUT_DOCKER = "csmock.skip-without-docker";

    /** What a test on a shared mock is told when it tries an operation that reaches every account. */
    static final String OWN_MOCK_ADVICE = "For a mock of the class's own, on which it is allowed, use"
            + " @WithCompositionSettingsMock(isolated = true) or CompositionSettingsMockExtension.newInstance().isolated().build();"
            + " for the test's own account, use its MockAccount (inject, removeFaults, requests, forget).";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CompositionSettingsMockExtension.class);
    private static final System.Logger LOG = System.getLogger(CompositionSettingsMockExtension.class.getName());

    /** The settings given in code, or null: they come from the class's {@link WithCompositionSettingsMock}. */
    private final MockSettings configured;
    /** The client handed out by the last {@link #beforeAll} (for {@link #admin()} and the like). */
    private volatile MockAdmin started;

    /** The extension as {@link WithCompositionSettingsMock} registers it: the settings are the annotation's. */
    public CompositionSettingsMockExtension() {
        this(null);
    }

    private CompositionSettingsMockExtension(MockSettings configured) {
        this.configured = configured;
    }

    /** A builder of the extension for {@code @RegisterExtension}: the same settings as the annotation's attributes. */
    public static Builder newInstance() {
        return new Builder();
    }

    /** The extension with these settings. */
    public static CompositionSettingsMockExtension withSettings(MockSettings settings) {
        return new CompositionSettingsMockExtension(settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        started = handle(context).admin();
    }

    /** The admin client of this extension's mock (guarded when the mock is shared); after {@code beforeAll}. */
    public MockAdmin admin() {
        MockAdmin admin = started;
        if (admin == null) {
            throw new IllegalStateException("The mock starts before the test class's tests: use admin() from a test, or a"
                    + " @BeforeAll method of a class that registers this extension as a static field");
        }
        return admin;
    }

    /** A new account of this extension's mock; unlike an injected one it is not forgotten after the test. */
    public MockAccount newAccount() {
        return admin().newAccount();
    }

    /** The mock's root URL, without a trailing slash. */
    public String baseUrl() {
        return admin().baseUrl();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MockAccount.class || type == MockAdmin.class || type == CompositionSettingsMockContainer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Handle handle = handle(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == MockAdmin.class) {
            return handle.admin();
        }
        if (type == CompositionSettingsMockContainer.class) {
            if (handle.admin().isShared()) {
                throw new IllegalStateException("The container of a mock that other test classes share is not injected:"
                        + " it would let a test reach every account. " + OWN_MOCK_ADVICE);
            }
            return handle.mock().container().orElseThrow(() -> new IllegalStateException(
                    "No container to inject: the mock runs as " + handle.mock().description()));
        }
        MockAccount account = handle.admin().newAccount();
        context.getStore(NAMESPACE).put(new Object(), new ForgetOnClose(account));
        return account;
    }

    /** The class's mock and the client it hands out: kept in the class's store, found from its tests' contexts. */
    private Handle handle(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(this, key -> open(classContext), Handle.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private Handle open(ExtensionContext classContext) {
        MockSettings settings = configured != null ? configured : annotated(classContext.getRequiredTestClass());
        if (settings.isolated()) {
            RunningMock own = classContext.getStore(NAMESPACE).getOrComputeIfAbsent(new IsolatedKey(this),
                    key -> start(settings, classContext), RunningMock.class);
            return new Handle(own, own.admin());
        }
        Optional<String> url = classContext.getConfigurationParameter(URL).filter(value -> !value.isBlank());
        Object key = url.isPresent() && settings.configuresNothing() ? URL : settings.withRunner(runner(settings, classContext));
        RunningMock shared = classContext.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(key, k -> k == URL ? connect(url.get(), classContext) : start(settings, classContext),
                        RunningMock.class);
        return new Handle(shared, shared.admin().sharedWithOtherTests(OWN_MOCK_ADVICE));
    }

    private static RunningMock connect(String url, ExtensionContext context) {
        return new RunningMock.External(MockAdmin.connect(url, context.getConfigurationParameter(ADMIN_TOKEN).orElse(null)));
    }

    /** Starts a mock with these settings, in a container or a child JVM; skips or fails, with the reasons, when neither can run. */
    private static RunningMock start(MockSettings settings, ExtensionContext context) {
        MockSettings.Runner runner = runner(settings, context);
        DockerImageName image = settings.image() != null ? DockerImageName.parse(settings.image()) : image(context);
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        List<String> problems = new ArrayList<>();
        if (runner != MockSettings.Runner.JVM) {
            Optional<String> docker = DockerAvailability.problem(image);
            if (docker.isEmpty()) {
                CompositionSettingsMockContainer container = new CompositionSettingsMockContainer(image).withSettings(settings, loader);
                container.start();
                return new RunningMock.InContainer(container);
            }
            problems.add(docker.get());
        }
        if (runner != MockSettings.Runner.DOCKER) {
            ServerDistribution.Located application = ServerDistribution.locate(context::getConfigurationParameter);
            if (application.found().isPresent()) {
                ChildJvmMock mock = ChildJvmMock.start(application.directory(), settings, loader);
                LOG.log(Level.INFO, () -> "Composition Settings Mock (" + settings.describe() + ") runs as " + mock.description()
                        + (problems.isEmpty() ? "" : ", not in a container: " + problems.get(0)));
                return mock;
            }
            problems.add("no server application for a child JVM: " + application.problem());
        }
        String reason = "The Composition Settings Mock cannot run here (" + RUNNER + "=" + runner.name().toLowerCase(Locale.ROOT)
                + "): " + String.join("; ", problems);
        if (context.getConfigurationParameter(SKIP_WITHOUT_DOCKER).map(Boolean::parseBoolean).orElse(false)) {
            Assumptions.abort("Skipped: " + reason + " (" + SKIP_WITHOUT_DOCKER + "=true)");
        }
        throw new IllegalStateException(reason);
    }

    /** The runner the settings ask for, {@code csmock.runner} for the default, {@code auto} without either. */
    private static MockSettings.Runner runner(MockSettings settings, ExtensionContext context) {
        if (settings.runner() != MockSettings.Runner.DEFAULT) {
            return settings.runner();
        }
        return context.getConfigurationParameter(RUNNER).filter(value -> !value.isBlank())
                .map(value -> MockSettings.Runner.valueOf(value.trim().toUpperCase(Locale.ROOT)))
                .orElse(MockSettings.Runner.AUTO);
    }

    /** The image the tests start: {@code csmock.image}, or the default one of this version. */
    static DockerImageName image(ExtensionContext context) {
        return context.getConfigurationParameter(IMAGE).filter(value -> !value.isBlank())
                .map(DockerImageName::parse).orElse(CompositionSettingsMockContainer.DEFAULT_IMAGE);
    }

    /** The settings of a class's {@link WithCompositionSettingsMock} (its own, an enclosing class's, or a meta-annotation's). */
    static MockSettings annotated(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            Optional<WithCompositionSettingsMock> found = AnnotationSupport.findAnnotation(type, WithCompositionSettingsMock.class);
            if (found.isPresent()) {
                return settings(found.get());
            }
        }
        return MockSettings.DEFAULTS;
    }

    private static MockSettings settings(WithCompositionSettingsMock annotation) {
        Builder builder = new Builder();
        if (!annotation.image().isBlank()) {
            builder.image(annotation.image());
        }
        if (!annotation.seed().isBlank()) {
            builder.seed(annotation.seed());
        }
        if (!annotation.faults().isBlank()) {
            builder.faults(annotation.faults());
        }
        if (!annotation.authMode().isBlank()) {
            builder.authMode(annotation.authMode());
        }
        builder.credentials(annotation.credentials());
        if (!annotation.adminToken().isBlank()) {
            builder.adminToken(annotation.adminToken());
        }
        if (annotation.latencyMs() > 0) {
            builder.latency(Duration.ofMillis(annotation.latencyMs()));
        }
        if (annotation.journalMaxEntries() > 0) {
            builder.journalMaxEntries(annotation.journalMaxEntries());
        }
        for (String setting : annotation.settings()) {
            int equals = setting.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("@WithCompositionSettingsMock(settings): \"" + setting
                        + "\" is not name=value (e.g. mock.settings.post-semantics=replace)");
            }
            builder.setting(setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
        }
        builder.runner(annotation.runner());
        if (annotation.isolated()) {
            builder.isolated();
        }
        return builder.settings();
    }

    /**
     * The settings of a mock, in code: {@code CompositionSettingsMockExtension.newInstance().seed("seed.json").build()}.
     * Every method has the meaning of the {@link WithCompositionSettingsMock} attribute of the same name.
     */
    public static final class Builder {
        private String image;
        private String seed;
        private String faults;
        private String authMode;
        private final List<String> credentials = new ArrayList<>();
        private String adminToken;
        private Duration latency;
        private Integer journalMaxEntries;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private MockSettings.Runner runner = MockSettings.Runner.DEFAULT;
        private boolean isolated;

        private Builder() {
        }

        public Builder image(String image) {
            this.image = image;
            return this;
        }

        /** A snapshot on the test class path, loaded at start-up and on reset. */
        public Builder seed(String classPathResource) {
            this.seed = classPathResource;
            return this;
        }

        /** A JSON array of fault rules on the test class path, installed at start-up and on reset. */
        public Builder faults(String classPathResource) {
            this.faults = classPathResource;
            return this;
        }

        public Builder authMode(String mode) {
            this.authMode = mode;
            return this;
        }

        public Builder credentials(String... credentials) {
            this.credentials.addAll(List.of(credentials));
            return this;
        }

        public Builder adminToken(String token) {
            this.adminToken = token;
            return this;
        }

        public Builder latency(Duration latency) {
            this.latency = latency;
            return this;
        }

        public Builder journalMaxEntries(int entries) {
            this.journalMaxEntries = entries;
            return this;
        }

        /** Any other start-up setting by its property name ({@code mock.settings.post-semantics}). */
        public Builder setting(String name, String value) {
            this.settings.put(name, value);
            return this;
        }

        public Builder runner(MockSettings.Runner runner) {
            this.runner = runner;
            return this;
        }

        /** A mock of the class's own, stopped after it: every admin operation is then allowed. */
        public Builder isolated() {
            this.isolated = true;
            return this;
        }

        public MockSettings settings() {
            return new MockSettings(image, seed, faults, authMode, credentials, adminToken, latency, journalMaxEntries, settings,
                    runner, isolated);
        }

        public CompositionSettingsMockExtension build() {
            return new CompositionSettingsMockExtension(settings());
        }
    }

    /** The mock of a class, and the client the extension hands out for it. */
    private record Handle(RunningMock mock, MockAdmin admin) {
    }

    /** The key of an isolated class's own mock in the class's store. */
    private record IsolatedKey(CompositionSettingsMockExtension extension) {
    }

    /** Forgets an injected account on the mock when the test (or class) that asked for it ends. */
    private record ForgetOnClose(MockAccount account) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            account.forget();
        }
    }
}
