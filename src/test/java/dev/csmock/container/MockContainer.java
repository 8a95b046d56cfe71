package dev.csmock.container;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The mock's image as another project runs it from Testcontainers. The image is
 * {@code -Dcsmock.image} (default {@code composition-settings-mock:jvm}). Without a Docker
 * engine or the image, the container tests are skipped with a message, unless
 * {@code -Dcsmock.containers.required=true} (set by {@code .ci/run}) makes them fail instead.
 */
final class MockContainer {

    static final String IMAGE = System.getProperty("csmock.image", "composition-settings-mock:jvm");

    private MockContainer() {
    }

    /** A container of the image: port 8080, ready when {@code /q/health/ready} answers 200. */
    @SuppressWarnings("resource")
    static GenericContainer<?> create() {
        return new GenericContainer<>(DockerImageName.parse(IMAGE))
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/q/health/ready").forStatusCode(200))
                .withStartupTimeout(Duration.ofSeconds(60));
    }

    /** Skips (or fails, when required) unless a Docker engine runs and has the image. */
    static void requireDockerAndImage() {
        String problem = null;
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            problem = "no Docker engine is reachable";
        } else {
            try {
                DockerClientFactory.instance().client().inspectImageCmd(IMAGE).exec();
            } catch (RuntimeException missing) {
                problem = "the image " + IMAGE + " is not built (see src/main/docker/Dockerfile.jvm)";
            }
        }
        if (problem == null) {
            return;
        }
        if (Boolean.getBoolean("csmock.containers.required")) {
            fail("Container tests are required (csmock.containers.required=true) but " + problem);
        }
        System.out.println("SKIPPED container tests: " + problem);
        Assumptions.abort("container tests skipped: " + problem);
    }

    /**
     * Injects one started container, shared by the test classes of a run and stopped by JUnit
     * when the run ends (Ryuk is off, so nothing else would stop it):
     * {@code @ExtendWith(MockContainer.Shared.class)} and a {@code GenericContainer<?>} parameter.
     */
    static final class Shared implements BeforeAllCallback, ParameterResolver {
        @Override
        public void beforeAll(ExtensionContext context) {
            requireDockerAndImage();
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == GenericContainer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return shared(context);
        }
    }

    private static synchronized GenericContainer<?> shared(ExtensionContext context) {
        requireDockerAndImage();
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent("composition-settings-mock", key -> new Stopping(started()), Stopping.class)
                .container;
    }

    private static GenericContainer<?> started() {
        GenericContainer<?> container = create();
        container.start();
        return container;
    }

    /** Stops the shared container when JUnit closes the root store. */
    private record Stopping(GenericContainer<?> container) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            container.stop();
        }
    }
}
