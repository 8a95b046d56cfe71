package dev.csmock.support;

import io.restassured.path.json.JsonPath;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Requests with bodies sent byte for byte, under any Content-Type (REST Assured re-encodes bodies). */
public final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private RawHttp() {
    }

    public record Answer(int status, String body) {
        public JsonPath json() {
            return JsonPath.from(body);
        }
    }

    public static Answer post(String account, String path, String contentType, byte[] body) {
        return send(authorized(account, path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A GET that fails the test (a timeout) when the server never answers. */
    public static Answer get(String account, String path) {
        return send(authorized(account, path).GET().build());
    }

    private static HttpRequest.Builder authorized(String account, String path) {
        return HttpRequest.newBuilder(Server.base().resolve(path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((account + ":token").getBytes(StandardCharsets.UTF_8)));
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
