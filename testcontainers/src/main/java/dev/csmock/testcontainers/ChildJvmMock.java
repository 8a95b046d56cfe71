package dev.csmock.testcontainers;

import dev.csmock.client.MockAdmin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The mock as a child JVM of the tests' own: the server's fast-jar ({@link ServerDistribution})
 * started with the JDK running the tests, on a free port of 127.0.0.1, with the settings as
 * environment variables, ready when {@code /q/health/ready} answers 200; stopped with the run (and at
 * the latest when the tests' JVM exits), its working directory (log, seed and faults files) removed. On JDK 19 and later it keeps a class-data archive beside the
 * application ({@code -XX:+AutoCreateSharedArchive}), so that later runs start faster.
 */
final class ChildJvmMock implements RunningMock {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final String baseUrl;
    private final String adminToken;
    private final Path workDirectory;
    private final Thread stopAtExit;

    private ChildJvmMock(Process process, String baseUrl, String adminToken, Path workDirectory) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
        this.workDirectory = workDirectory;
        this.stopAtExit = new Thread(process::destroy, "csmock-child-jvm-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Starts the mock and waits until it is ready; throws with the end of its log when it does not get there. */
    static ChildJvmMock start(Path application, MockSettings settings, ClassLoader loader) {
        try {
            Path work = Files.createTempDirectory("csmock-jvm-");
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            if (Runtime.version().feature() >= 19) {
                command.add("-XX:+AutoCreateSharedArchive");
                command.add("-XX:SharedArchiveFile=" + application.resolve("csmock-" + Runtime.version().feature() + ".jsa"));
            }
            command.addAll(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                    "-jar", application.resolve("quarkus-run.jar").toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                    .redirectErrorStream(true).redirectOutput(work.resolve("mock.log").toFile());
            Map<String, String> environment = builder.environment();
            environment.putAll(settings.environment());
            for (Map.Entry<String, String> file : settings.files(loader).entrySet()) {
                Path path = work.resolve(file.getKey().toLowerCase(java.util.Locale.ROOT) + ".json");
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                environment.put(file.getKey(), path.toString());
            }
            ChildJvmMock mock = new ChildJvmMock(builder.start(), "http://127.0.0.1:" + port, settings.adminToken(), work);
            mock.awaitReady();
            return mock;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the mock as a child JVM from " + application, e);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                stop(false);
                throw failure("the mock's JVM exited with " + process.exitValue() + " before it was ready");
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while the mock's JVM started", e);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while the mock's JVM started", e);
            }
        }
        stop(false);
        throw failure("the mock's JVM was not ready within " + STARTUP_TIMEOUT.toSeconds() + " s");
    }

    private IllegalStateException failure(String what) {
        String log;
        try {
            List<String> lines = Files.readAllLines(workDirectory.resolve("mock.log"), StandardCharsets.UTF_8);
            log = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            log = "(no log)";
        }
        return new IllegalStateException(what + "; the end of its log (" + workDirectory.resolve("mock.log") + "):\n" + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public MockAdmin admin() {
        return MockAdmin.connect(baseUrl, adminToken);
    }

    @Override
    public String description() {
        return "a child JVM at " + baseUrl + " (log: " + workDirectory.resolve("mock.log") + ")";
    }

    @Override
    public void close() {
        stop(true);
    }

    /** Stops the JVM; its working directory is removed too unless its log is still to be read. */
    private void stop(boolean deleteFiles) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the JVM is exiting: the hook runs anyway
        }
        if (deleteFiles) {
            deleteWorkDirectory();
        }
    }

    /** Its log and settings files go with it. */
    private void deleteWorkDirectory() {
        try (java.util.stream.Stream<Path> files = Files.walk(workDirectory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind
        }
    }
}
