package dev.csmock.testcontainers;

import dev.csmock.client.MockAdmin;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A mock the extension started or connected to; closed (stopped) when JUnit closes the store that holds it. */
interface RunningMock extends ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** Stops it (a mock the extension did not start is left running). */
    @Override
    void close();

    /** A client of its admin API with every operation allowed (the extension hands out guarded ones). */
    MockAdmin admin();

    /** The container, when it runs in one. */
    default Optional<CompositionSettingsMockContainer> container() {
        return Optional.empty();
    }

    /** Where it runs, for messages and the log. */
    String description();

    /** A mock in a container. */
    record InContainer(CompositionSettingsMockContainer started) implements RunningMock {
        @Override
        public MockAdmin admin() {
            return started.admin();
        }

        @Override
        public Optional<CompositionSettingsMockContainer> container() {
            return Optional.of(started);
        }

        @Override
        public String description() {
            return "the container " + started.getDockerImageName() + " at " + started.getBaseUrl();
        }

        @Override
        public void close() {
            started.stop();
        }
    }

    /** A mock already running, given by {@code csmock.url}: not stopped by the extension. */
    record External(MockAdmin admin) implements RunningMock {
        @Override
        public String description() {
            return "the mock at " + admin.baseUrl() + " (" + CompositionSettingsMockExtension.URL + ")";
        }

        @Override
        public void close() {
        }
    }
}
