package dev.csmock.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.csmock.client.MockAccount;
import dev.csmock.client.MockAdmin;
import dev.csmock.client.MockServerProcess;
import dev.csmock.client.RequestPattern;
import dev.csmock.client.Resource;
import dev.csmock.client.Settings;
import dev.csmock.client.Times;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The JUnit 5 extension, run the way another project runs it (through the JUnit engine), against
 * the packaged mock given by {@code csmock.url}: fresh accounts per test, forgotten afterwards, and
 * a verification that does not hold fails the test with the mock's message.
 */
@ExtendWith(ExtensionTest.ServerUrl.class)
class ExtensionTest {

    /** Injects the URL of the run's packaged mock. */
    static final class ServerUrl implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == String.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return MockServerProcess.baseUrl(context);
        }
    }

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    /** Two tests, each with its own account, which they use. */
    @WithCompositionSettingsMock
    static class TwoTenants {
        @Test
        void first(MockAccount account, MockAdmin admin) throws Exception {
            SEEN.add(account.sid());
            account.seed(Resource.COMPOSITION_SETTINGS, Settings.named("first"));
            get(account);
            assertEquals(1, admin.countRequests(account.sid()));
        }

        @Test
        void second(MockAccount account, MockAccount another) throws Exception {
            SEEN.add(account.sid());
            assertNotEquals(account.sid(), another.sid());
            get(account);
            account.verify(RequestPattern.get(Resource.COMPOSITION_SETTINGS), Times.once());
            another.verify(RequestPattern.anyRequest(), Times.never());
        }
    }

    /** A test whose verification does not hold: it must fail, with the mock's message. */
    @WithCompositionSettingsMock
    static class ClientNeverSent {
        @Test
        void verifiesAPostThatWasNotSent(MockAccount account) throws Exception {
            get(account);
            account.verify(RequestPattern.post(Resource.COMPOSITION_SETTINGS).withParam("FriendlyName", "archive"),
                    Times.once());
        }
    }

    @Test
    void eachTestGetsAFreshAccountThatIsForgottenAfterwards(String url) {
        SEEN.clear();
        EngineExecutionResults results = run(TwoTenants.class, url);
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
        assertEquals(2, SEEN.size());
        assertNotEquals(SEEN.get(0), SEEN.get(1));
        MockAdmin admin = MockAdmin.connect(url);
        for (String sid : SEEN) {
            assertEquals(0, admin.countRequests(sid), "the journal of " + sid + " was not forgotten");
            assertTrue(admin.settings(sid, Resource.COMPOSITION_SETTINGS).isEmpty(), sid + " still has settings");
        }
    }

    @Test
    void aVerificationThatDoesNotHoldFailsTheTestWithTheMocksMessage(String url) {
        EngineExecutionResults results = run(ClientNeverSent.class, url);
        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        Event failed = results.testEvents().failed().list().get(0);
        Throwable failure = failed.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
        assertTrue(failure instanceof AssertionError, failure.toString());
        assertTrue(failure.getMessage().startsWith("expected exactly 1 POST CompositionSettings with FriendlyName=archive for AC"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("got 0; closest: GET"), failure.getMessage());
    }

    private static EngineExecutionResults run(Class<?> fixture, String url) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(CompositionSettingsMockExtension.URL, url)
                .selectors(selectClass(fixture))
                .execute();
        results.containerEvents().failed().list().forEach(event -> event.getPayload(
                org.junit.platform.engine.TestExecutionResult.class).flatMap(result -> result.getThrowable())
                .ifPresent(failure -> {
                    throw new AssertionError("the fixture " + fixture.getSimpleName() + " could not run", failure);
                }));
        return results;
    }

    static void get(MockAccount account) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(account.baseUrl() + Resource.COMPOSITION_SETTINGS.path()))
                        .header("Authorization", account.basicAuthorization()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }
}
