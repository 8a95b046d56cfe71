package dev.csmock.client;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged mock ({@code ../target/quarkus-app/quarkus-run.jar}, built by the server's build
 * before this one), started once per test run on a free port of 127.0.0.1 and stopped when JUnit
 * closes its root store.
 */
public final class MockServerProcess implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final Process process;
    private final String baseUrl;

    private MockServerProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** The base URL of the run's server, started on first use. */
    public static String baseUrl(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(MockServerProcess.class, key -> start(), MockServerProcess.class).baseUrl;
    }

    private static MockServerProcess start() {
        Path jar = Path.of(System.getProperty("csmock.server.jar", "../target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("The packaged mock " + jar.toAbsolutePath() + " is missing: build the server"
                    + " first (./mvnw -B package at the top level)");
        }
        try {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1", "-jar", jar.toString()));
            File log = Files.createTempFile("csmock-client-test-server", ".log").toFile();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
            String baseUrl = "http://127.0.0.1:" + port;
            awaitReady(process, baseUrl, log);
            return new MockServerProcess(process, baseUrl);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the packaged mock", e);
        }
    }

    private static void awaitReady(Process process, String baseUrl, File log) throws IOException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the packaged mock stopped: " + Files.readString(log.toPath()));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + "/q/health/ready").toURL().openConnection();
                connection.setConnectTimeout(500);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the packaged mock was not ready within 60 s: " + Files.readString(log.toPath()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
