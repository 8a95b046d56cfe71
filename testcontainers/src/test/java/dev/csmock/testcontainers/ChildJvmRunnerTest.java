package dev.csmock.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.csmock.client.MockAccount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * SPEC §8.1, the mock without Docker: the extension finds the server's Maven artifact (the
 * {@code quarkus-app} zip that {@code ./mvnw install} puts in the local repository), unpacks it and
 * runs it as a child JVM; with {@code auto} it does so when the container cannot start; when neither
 * can run, the test fails (or is skipped, when asked) with both reasons.
 */
class ChildJvmRunnerTest {

    static volatile String seenBaseUrl;

    @WithCompositionSettingsMock(journalMaxEntries = 77)
    static class UsesTheMock {
        @Test
        void getsAnAccountOfTheMock(MockAccount account) throws Exception {
            seenBaseUrl = account.baseUrl();
            assertEquals(200, ExtensionSettingsTest.get(account).statusCode());
        }
    }

    @WithCompositionSettingsMock(journalMaxEntries = 78, image = "composition-settings-mock:no-such-tag")
    static class ImageNotHere {
        @Test
        void getsAnAccountOfTheMock(MockAccount account) throws Exception {
            seenBaseUrl = account.baseUrl();
            assertEquals(200, ExtensionSettingsTest.get(account).statusCode());
        }
    }

    @Test
    void theServersArtifactInTheLocalMavenRepositoryRunsAsAChildJvm(@TempDir Path repository) throws IOException {
        Path artifact = ServerDistribution.artifact(name -> name.equals(ServerDistribution.MAVEN_REPO)
                ? java.util.Optional.of(repository.toString()) : java.util.Optional.empty());
        assertTrue(artifact.startsWith(repository.resolve("dev/csmock/composition-settings-mock")), artifact.toString());
        Files.createDirectories(artifact.getParent());
        Files.copy(Path.of(System.getProperty("csmock.server.artifact")), artifact);

        seenBaseUrl = null;
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(CompositionSettingsMockExtension.RUNNER, "jvm")
                .configurationParameter(ServerDistribution.MAVEN_REPO, repository.toString())
                .selectors(selectClass(UsesTheMock.class)).execute();
        ExtensionSettingsTest.assertAllSucceeded(results, 1);
        assertTrue(seenBaseUrl.startsWith("http://127.0.0.1:"), seenBaseUrl);
    }

    @Test
    void autoRunsAChildJvmWhenTheContainerCannotStart() {
        seenBaseUrl = null;
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(CompositionSettingsMockExtension.RUNNER, "auto")
                .configurationParameter(ServerDistribution.SERVER_ZIP, System.getProperty("csmock.server.artifact"))
                .selectors(selectClass(ImageNotHere.class)).execute();
        ExtensionSettingsTest.assertAllSucceeded(results, 1);
        assertTrue(seenBaseUrl.startsWith("http://127.0.0.1:"), seenBaseUrl);
    }

    @Test
    void whenNeitherCanRunTheTestFailsWithBothReasonsOrIsSkippedWhenAsked(@TempDir Path empty) {
        EngineTestKit.Builder engine = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(CompositionSettingsMockExtension.RUNNER, "auto")
                .configurationParameter(ServerDistribution.MAVEN_REPO, empty.toString())
                .selectors(selectClass(ImageNotHere.class));
        EngineExecutionResults failed = engine.execute();
        List<String> reasons = failed.containerEvents().failed().list().stream()
                .map(event -> event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage).orElse(""))
                .collect(Collectors.toList());
        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("The Composition Settings Mock cannot run here (csmock.runner=auto): "), reasons.get(0));
        assertTrue(reasons.get(0).contains("composition-settings-mock:no-such-tag") || reasons.get(0).contains("no Docker engine"),
                reasons.get(0));
        assertTrue(reasons.get(0).contains("no server application for a child JVM: the server's artifact " + empty), reasons.get(0));

        EngineExecutionResults skipped = engine.configurationParameter(CompositionSettingsMockExtension.SKIP_WITHOUT_DOCKER, "true")
                .execute();
        assertEquals(0, skipped.containerEvents().failed().count());
        assertEquals(1, skipped.containerEvents().aborted().count());
    }
}
