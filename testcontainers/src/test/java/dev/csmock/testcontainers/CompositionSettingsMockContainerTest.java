package dev.csmock.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.csmock.client.Fault;
import dev.csmock.client.MockAdmin;
import dev.csmock.client.MockAdminException;
import dev.csmock.client.Resource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The container class. The tests that start a container need a Docker engine and the image
 * {@code composition-settings-mock:<version>}; without them they are skipped with a message, unless
 * {@code -Dcsmock.containers.required=true} makes that a failure.
 */
class CompositionSettingsMockContainerTest {

    private static final String ACCOUNT = "AC5eeded00000000000000000000000000";
    private static final String TOKEN = "seeded-token";

    @Test
    void theDefaultImageIsTheOneOfThisVersion() {
        assertEquals(System.getProperty("project.version", CompositionSettingsMockContainer.VERSION),
                CompositionSettingsMockContainer.VERSION);
        assertEquals("composition-settings-mock:" + CompositionSettingsMockContainer.VERSION,
                CompositionSettingsMockContainer.DEFAULT_IMAGE.asCanonicalNameString().replace("docker.io/library/", ""));
    }

    @Test
    void thePortIsAddedToTheUsersPortsNotInTheirPlace() {
        try (CompositionSettingsMockContainer mock = new CompositionSettingsMockContainer().withExposedPorts(9000)) {
            mock.configure();
            assertEquals(List.of(9000, 8080), mock.getExposedPorts());
        }
    }

    @Test
    void everyStartUpSettingReachesTheMock() throws Exception {
        requireDockerAndImage();
        try (CompositionSettingsMockContainer mock = new CompositionSettingsMockContainer()
                .withAuthMode("strict")
                .withCredentials(ACCOUNT + ":" + TOKEN)
                .withSeed("{\"accounts\": {\"" + ACCOUNT + "\": {\"CompositionSettings\": {\"friendly_name\": \"seeded\"}}}}")
                .withFaults("*", Fault.status(503).on(Resource.RECORDING_SETTINGS))
                .withAdminToken("admin-secret")
                .withLatency(Duration.ofMillis(50))
                .withJournalMaxEntries(50)) {
            mock.start();
            assertTrue(mock.getAdminUrl().equals(mock.getBaseUrl() + "/__admin"), mock.getAdminUrl());
            HttpResponse<String> composition = get(mock, Resource.COMPOSITION_SETTINGS, ACCOUNT, TOKEN);
            assertEquals(200, composition.statusCode(), composition.body());
            assertTrue(composition.body().contains("\"friendly_name\":\"seeded\""), composition.body());
            assertEquals(503, get(mock, Resource.RECORDING_SETTINGS, ACCOUNT, TOKEN).statusCode());
            assertEquals(401, get(mock, Resource.COMPOSITION_SETTINGS, ACCOUNT, "wrong").statusCode());

            MockAdmin admin = mock.admin();
            assertEquals(2, admin.countRequests(ACCOUNT));   // the 401 resolved no account
            assertTrue(admin.requests(ACCOUNT, 10).stream().allMatch(request -> request.durationMs() >= 50));
            MockAdminException refused = org.junit.jupiter.api.Assertions.assertThrows(MockAdminException.class,
                    () -> MockAdmin.connect(mock.getBaseUrl()).countRequests(ACCOUNT));
            assertEquals(401, refused.status());
        }
    }

    @Test
    void aWaitStrategyOfTheUsersIsKept() {
        requireDockerAndImage();
        try (CompositionSettingsMockContainer mock = new CompositionSettingsMockContainer()
                .waitingFor(Wait.forLogMessage(".*composition-settings-mock.*started.*\\n", 1))) {
            mock.start();
            assertEquals(0, mock.admin().countRequests("AC" + "0".repeat(32)));
        }
    }

    private static HttpResponse<String> get(CompositionSettingsMockContainer mock, Resource resource, String sid,
            String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(mock.getBaseUrl() + resource.path()))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Skips (or fails, when required) unless a Docker engine runs and has the image of this version. */
    static void requireDockerAndImage() {
        String problem = null;
        try {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                problem = "no Docker engine runs here";
            } else {
                DockerClientFactory.instance().client()
                        .inspectImageCmd(CompositionSettingsMockContainer.DEFAULT_IMAGE.asCanonicalNameString()).exec();
            }
        } catch (RuntimeException e) {
            problem = "the image " + CompositionSettingsMockContainer.DEFAULT_IMAGE.asCanonicalNameString()
                    + " is not built here";
        }
        if (problem == null) {
            return;
        }
        if (Boolean.getBoolean("csmock.containers.required")) {
            fail("The container tests are required (csmock.containers.required=true) but " + problem);
        }
        Assumptions.abort("Skipped: " + problem + " (build the image: see the README; .ci/run does it)");
    }
}
