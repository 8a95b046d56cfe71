package dev.csmock.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/** JSON over HTTP to the admin API: the only class of the client that sends requests. */
final class AdminHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI admin;
    private final String token;

    AdminHttp(URI admin, String token) {
        this.admin = admin;
        this.token = token;
    }

    /** The answer of an admin call: its status and its body as JSON (null when empty). */
    record Answer(int status, JsonNode body, String text) {
    }

    Answer get(String path) {
        return send("GET", path, null, Set.of(200));
    }

    Answer delete(String path) {
        return send("DELETE", path, null, Set.of(204));
    }

    Answer post(String path, Object body, Set<Integer> accepted) {
        return send("POST", path, body, accepted);
    }

    Answer put(String path, Object body, Set<Integer> accepted) {
        return send("PUT", path, body, accepted);
    }

    /** Sends a call; a status outside {@code accepted} is a {@link MockAdminException} with the server's error. */
    Answer send(String method, String path, Object body, Set<Integer> accepted) {
        HttpRequest.Builder request = HttpRequest.newBuilder(admin.resolve(admin.getRawPath().endsWith("/") ? path : "/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " could not reach the mock at " + admin, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + method + " " + path, e);
        }
        if (!accepted.contains(response.statusCode())) {
            throw new MockAdminException(method + " " + admin + path, response.statusCode(), response.body());
        }
        return new Answer(response.statusCode(), read(response.body()), response.body());
    }

    static String write(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body + " as JSON", e);
        }
    }

    private static JsonNode read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the mock answered something that is not JSON: " + text, e);
        }
    }
}
