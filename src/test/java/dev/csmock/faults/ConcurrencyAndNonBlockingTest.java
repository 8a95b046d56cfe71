package dev.csmock.faults;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.csmock.support.Server;
import dev.csmock.support.Sids;
import dev.csmock.support.ConfigOverrides;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Exact counting under concurrency, and delays that never block other requests: with one event
 * loop and a worker pool of two threads, 50 requests held by a delay still leave room for another.
 */
@QuarkusTest
@TestProfile(ConcurrencyAndNonBlockingTest.SmallPools.class)
class ConcurrencyAndNonBlockingTest {

    public static class SmallPools extends ConfigOverrides {
        public SmallPools() {
            super("quarkus.vertx.event-loops-pool-size", "1", "quarkus.thread-pool.core-threads", "1",
                    "quarkus.thread-pool.max-threads", "2");
        }
    }

    @Test
    void timesFiveUnderFortyConcurrentRequestsFiresExactlyFiveTimes() throws Exception {
        String account = Sids.account();
        String id = installRule(rule(account, "\"times\":5,\"fault\":{\"type\":\"status\",\"status\":503}"));
        ExecutorService pool = Executors.newFixedThreadPool(40);
        HttpClient client = client(pool);
        try {
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                responses.add(client.sendAsync(get(account), HttpResponse.BodyHandlers.ofString()));
            }
            int faulted = 0;
            for (CompletableFuture<HttpResponse<String>> response : responses) {
                int status = response.get(60, TimeUnit.SECONDS).statusCode();
                faulted += status == 503 ? 1 : 0;
            }
            assertEquals(5, faulted);
        } finally {
            pool.shutdownNow();
        }
        admin().get("/__admin/faults/" + id).then().body("hits", equalTo(5)).body("remaining", equalTo(0));
    }

    @Test
    void requestsWaitingOnALongDelayDoNotHoldUpAnotherAccount() throws Exception {
        String slow = Sids.account();
        String fast = Sids.account();
        installRule(rule(slow, "\"delay\":{\"fixedMs\":3000}"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        HttpClient client = client(pool);
        try {
            List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                waiting.add(client.sendAsync(get(slow), HttpResponse.BodyHandlers.ofString()));
            }
            HttpResponse<String> answered = client.send(get(fast), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answered.statusCode());
            for (CompletableFuture<HttpResponse<String>> response : waiting) {
                assertFalse(response.isDone(), "a delayed request was answered before the undelayed one");
            }
            for (CompletableFuture<HttpResponse<String>> response : waiting) {
                assertEquals(200, response.get(60, TimeUnit.SECONDS).statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpClient client(ExecutorService pool) {
        return HttpClient.newBuilder().executor(pool).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpRequest get(String account) {
        return HttpRequest.newBuilder(Server.base().resolve(COMPOSITION))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((account + ":t").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
    }
}
