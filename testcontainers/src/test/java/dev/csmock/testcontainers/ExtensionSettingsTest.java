package dev.csmock.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.csmock.client.Fault;
import dev.csmock.client.MockAccount;
import dev.csmock.client.MockAdmin;
import dev.csmock.client.Resource;
import dev.csmock.client.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * SPEC §8.1: every setting of {@link WithCompositionSettingsMock} and of the {@code @RegisterExtension}
 * builder reaches the mock; equal settings share a mock, other settings get their own, in parallel;
 * on a shared mock the injected admin refuses what reaches every account, an isolated class may do
 * it. The fixtures run through the JUnit engine, as another project's tests do, on mocks started as
 * child JVMs from the packaged server ({@code csmock.runner=jvm}), so they need no Docker engine.
 */
class ExtensionSettingsTest {

    static final String SEEDED = "AC5eed0000000000000000000000000001";
    static final String OUTAGE = "AC5eed0000000000000000000000000002";
    static final String STRICT = "AC5eed0000000000000000000000000003";
    static final Map<String, String> BASE_URLS = new ConcurrentHashMap<>();

    @WithCompositionSettingsMock(seed = "extension/seed.json", faults = "/extension/faults.json", journalMaxEntries = 3,
            latencyMs = 300, settings = "mock.settings.unconfigured=not-found")
    static class Configured {
        @Test
        void theSeedIsServed(MockAdmin admin) throws Exception {
            HttpResponse<String> answer = get(admin.baseUrl(), SEEDED, "any-token");
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"friendly_name\":\"seeded by the extension\""), answer.body());
        }

        @Test
        void theFaultsAreInstalled(MockAdmin admin) throws Exception {
            assertEquals(503, get(admin.baseUrl(), OUTAGE, "any-token").statusCode());
            assertEquals("extension-outage", admin.fault("extension-outage").orElseThrow().id());
        }

        @Test
        void theJournalKeepsTheGivenNumberOfEntries(MockAccount account) throws Exception {
            for (int i = 0; i < 5; i++) {
                get(account);
            }
            assertEquals(3, account.requests().size());
        }

        @Test
        void theLatencyDelaysEveryAnswer(MockAccount account) throws Exception {
            long start = System.nanoTime();
            get(account);
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos(), "answered before the 300 ms latency");
        }

        @Test
        void anyOtherSettingByItsName(MockAccount account) throws Exception {
            assertEquals(404, get(account.baseUrl(), account.sid(), account.token()).statusCode(),
                    "mock.settings.unconfigured=not-found: an account that never posted gets a 404");
        }
    }

    @WithCompositionSettingsMock(authMode = "strict", credentials = STRICT + ":the-token", adminToken = "admin-secret")
    static class Locked {
        @Test
        void strictModeKnowsOnlyTheGivenCredentials(MockAdmin admin) throws Exception {
            assertEquals(200, get(admin.baseUrl(), STRICT, "the-token").statusCode());
            assertEquals(401, get(admin.baseUrl(), STRICT, "another-token").statusCode());
        }

        @Test
        void theAdminTokenIsRequiredAndTheInjectedClientSendsIt(MockAdmin admin) throws Exception {
            HttpResponse<String> withoutToken = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(admin.baseUrl() + "/__admin/faults")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, withoutToken.statusCode());
            assertTrue(admin.faults(null).isEmpty());
        }
    }

    static class Registered {
        @RegisterExtension
        static final CompositionSettingsMockExtension MOCK = CompositionSettingsMockExtension.newInstance()
                .journalMaxEntries(2).setting("mock.settings.post-semantics", "replace").build();

        @Test
        void theBuilderSettingsReachTheMockAndItsClientIsUsable() throws Exception {
            MockAccount account = MOCK.newAccount();
            try {
                for (int i = 0; i < 4; i++) {
                    get(account);
                }
                assertEquals(2, account.requests().size());
                assertEquals(MOCK.baseUrl(), account.baseUrl());
            } finally {
                account.forget();
            }
        }
    }

    /** Two classes of equal settings, one of other settings: each notes its mock's URL. */
    @WithCompositionSettingsMock(journalMaxEntries = 50)
    static class FirstOfFifty {
        @Test
        void notesItsMock(MockAdmin admin) {
            BASE_URLS.put("first", admin.baseUrl());
        }
    }

    @WithCompositionSettingsMock(journalMaxEntries = 50)
    static class SecondOfFifty {
        @Test
        void notesItsMock(MockAdmin admin) {
            BASE_URLS.put("second", admin.baseUrl());
        }
    }

    @WithCompositionSettingsMock(journalMaxEntries = 60)
    static class OfSixty {
        @Test
        void notesItsMock(MockAdmin admin) {
            BASE_URLS.put("sixty", admin.baseUrl());
        }
    }

    static final CountDownLatch REFUSED = new CountDownLatch(1);

    /** Refused operations on a shared mock, while another class uses the same mock. */
    @WithCompositionSettingsMock(journalMaxEntries = 70)
    static class TriesToResetTheSharedMock {
        static final Map<String, String> MESSAGES = new ConcurrentHashMap<>();

        @Test
        void everyOperationOnEveryAccountIsRefused(MockAdmin admin) {
            try {
                MESSAGES.put("reset", assertThrows(IllegalStateException.class, admin::reset).getMessage());
                MESSAGES.put("any", assertThrows(IllegalStateException.class,
                        () -> admin.injectForAnyAccount(Fault.status(503))).getMessage());
                assertThrows(IllegalStateException.class, admin::removeAllFaults);
                assertThrows(IllegalStateException.class, () -> admin.clearRequests(null));
                assertThrows(IllegalStateException.class, () -> admin.restore("{}"));
                assertThrows(IllegalStateException.class, () -> admin.clock().freeze());
                assertThrows(IllegalStateException.class, () -> admin.newAccount().admin().reset());
            } finally {
                REFUSED.countDown();
            }
        }
    }

    @WithCompositionSettingsMock(journalMaxEntries = 70)
    static class KeepsItsSettingsMeanwhile {
        @Test
        void itsAccountIsUntouched(MockAccount account) throws Exception {
            account.seed(Resource.COMPOSITION_SETTINGS, Settings.named("mine"));
            assertTrue(REFUSED.await(60, TimeUnit.SECONDS));
            assertEquals("mine", account.settings(Resource.COMPOSITION_SETTINGS).orElseThrow().friendlyName());
        }
    }

    /** An isolated class: its own mock, on which every operation is allowed. */
    @WithCompositionSettingsMock(isolated = true)
    static class OwnMock {
        static String baseUrl;

        @Test
        void everyOperationIsAllowed(MockAdmin admin, MockAccount account) {
            baseUrl = admin.baseUrl();
            admin.injectForAnyAccount(Fault.status(503));
            admin.clock().freeze();
            admin.reset();
            assertTrue(admin.faults(null).isEmpty());
            assertTrue(account.requests().isEmpty());
        }
    }

    @Test
    void everySettingOfTheAnnotationReachesTheMock() {
        assertAllSucceeded(run(Configured.class), 5);
    }

    @Test
    void strictCredentialsAndTheAdminTokenReachTheMock() {
        assertAllSucceeded(run(Locked.class), 2);
    }

    @Test
    void theRegisteredExtensionsSettingsReachTheMock() {
        assertAllSucceeded(run(Registered.class), 1);
    }

    @Test
    void classesOfEqualSettingsShareAMockAndOtherSettingsGetTheirOwnInParallel() {
        BASE_URLS.clear();
        assertAllSucceeded(run(FirstOfFifty.class, SecondOfFifty.class, OfSixty.class), 3);
        assertEquals(BASE_URLS.get("first"), BASE_URLS.get("second"));
        assertNotEquals(BASE_URLS.get("first"), BASE_URLS.get("sixty"));
    }

    @Test
    void onASharedMockOperationsOnEveryAccountAreRefusedWithHowToGetAMockOfOnesOwn() {
        assertAllSucceeded(run(TriesToResetTheSharedMock.class, KeepsItsSettingsMeanwhile.class), 2);
        assertEquals("reset() reaches every account of this mock, which other test classes share: it would break their tests"
                + " at random. " + CompositionSettingsMockExtension.OWN_MOCK_ADVICE, TriesToResetTheSharedMock.MESSAGES.get("reset"));
        assertTrue(TriesToResetTheSharedMock.MESSAGES.get("any").startsWith("A fault rule for every account (\"*\") reaches every"
                + " account"), TriesToResetTheSharedMock.MESSAGES.get("any"));
        assertTrue(CompositionSettingsMockExtension.OWN_MOCK_ADVICE.contains("@WithCompositionSettingsMock(isolated = true)"));
    }

    @Test
    void anIsolatedClassHasAMockOfItsOwnOnWhichEverythingIsAllowed() {
        BASE_URLS.clear();
        assertAllSucceeded(run(OwnMock.class, FirstOfFifty.class), 2);
        assertNotEquals(BASE_URLS.get("first"), OwnMock.baseUrl);
    }

    /** Runs fixture classes through the JUnit engine, in parallel, on mocks in child JVMs of the packaged server. */
    static EngineExecutionResults run(Class<?>... fixtures) {
        Path server = Path.of(System.getProperty("csmock.server.jar", "../target/quarkus-app/quarkus-run.jar")).getParent();
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(CompositionSettingsMockExtension.RUNNER, "jvm")
                .configurationParameter(ServerDistribution.SERVER_DIR, server.toString())
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .selectors(java.util.Arrays.stream(fixtures).map(fixture -> selectClass(fixture))
                        .toArray(org.junit.platform.engine.DiscoverySelector[]::new))
                .execute();
    }

    static void assertAllSucceeded(EngineExecutionResults results, int tests) {
        List<String> failures = results.allEvents().list().stream()
                .filter(event -> event.getPayload(TestExecutionResult.class)
                        .map(result -> result.getStatus() != TestExecutionResult.Status.SUCCESSFUL).orElse(false))
                .map(ExtensionSettingsTest::describe).collect(Collectors.toList());
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
    }

    private static String describe(Event event) {
        Throwable failure = event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElse(null);
        return event.getTestDescriptor().getDisplayName() + ": " + failure;
    }

    static HttpResponse<String> get(MockAccount account) throws Exception {
        return get(account.baseUrl(), account.sid(), account.token());
    }

    static HttpResponse<String> get(String baseUrl, String sid, String token) throws Exception {
        String basic = Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + Resource.COMPOSITION_SETTINGS.path()))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
