package dev.csmock.settings;

import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.Server;
import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
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

/** Concurrent POSTs to one account end in exactly one of the posted values, never a mix. */
@QuarkusTest
class ConcurrentUpdatesTest {

    private static final int WRITERS = 200;

    @Test
    void parallelPostsLeaveOneWholeValue() throws Exception {
        String account = Sids.account();
        String auth = "Basic " + Base64.getEncoder().encodeToString((account + ":t").getBytes(StandardCharsets.UTF_8));
        URI uri = Server.base().resolve(COMPOSITION);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        HttpClient client = HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body(i)))
                        .build();
                responses.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> response : responses) {
                HttpResponse<String> answered = response.get(60, TimeUnit.SECONDS);
                assertEquals(200, answered.statusCode(), answered.body());
                assertWhole(JsonPath.from(answered.body()));
            }
        } finally {
            pool.shutdownNow();
        }
        JsonPath stored = as(account).get(COMPOSITION).then().statusCode(200).extract().jsonPath();
        assertWhole(stored);
    }

    /** Each writer posts fields that all carry its number. */
    private static String body(int writer) {
        return "FriendlyName=writer-" + writer
                + "&AwsCredentialsSid=" + sid(writer, 'a')
                + "&EncryptionKeySid=" + sid(writer, 'b')
                + "&AwsS3Url=https://bucket-" + writer + ".example/w" + writer
                + "&AwsStorageEnabled=" + (writer % 2 == 0)
                + "&EncryptionEnabled=" + (writer % 3 == 0);
    }

    private static String sid(int writer, char filler) {
        String number = String.format("%08d", writer);
        return "CR" + number + String.valueOf(filler).repeat(24);
    }

    private static void assertWhole(JsonPath settings) {
        String name = settings.getString("friendly_name");
        assertTrue(name.startsWith("writer-"), name);
        int writer = Integer.parseInt(name.substring("writer-".length()));
        assertEquals(sid(writer, 'a'), settings.getString("aws_credentials_sid"));
        assertEquals(sid(writer, 'b'), settings.getString("encryption_key_sid"));
        assertEquals("https://bucket-" + writer + ".example/w" + writer, settings.getString("aws_s3_url"));
        assertEquals(writer % 2 == 0, settings.getBoolean("aws_storage_enabled"));
        assertEquals(writer % 3 == 0, settings.getBoolean("encryption_enabled"));
    }
}
