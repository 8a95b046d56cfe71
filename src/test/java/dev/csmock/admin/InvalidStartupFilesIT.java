package dev.csmock.admin;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An invalid {@code MOCK_FAULTS_FILE} or {@code MOCK_SEED_FILE} stops the packaged application at
 * start-up with a message that names the file and the problem.
 */
class InvalidStartupFilesIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MOCK_FAULTS_FILE|[{\"account\":\"ACnope\",\"fault\":{\"type\":\"status\",\"status\":503}}]|account: must be an Account SID",
        "MOCK_FAULTS_FILE|[{\"account\":\"*\",\"tims\":1}]|tims",
        "MOCK_FAULTS_FILE|not json|Invalid JSON",
        "MOCK_SEED_FILE|{\"accounts\":{\"AC00000000000000000000000000000001\":{\"CompositionSettings\":{\"aws_s3_url\":\"ftp://x\"}}}}|AwsS3Url"})
    void anInvalidFileStopsTheStartWithAClearMessage(String variable, String content, String expected) throws Exception {
        Path file = Files.createTempFile("invalid-startup", ".json");
        Files.writeString(file, content);
        String output = start(variable, file.toString());
        assertTrue(output.contains(variable), output);
        assertTrue(output.contains(expected), output);
        Files.delete(file);
    }

    @Test
    void aMissingFileStopsTheStartToo() throws Exception {
        String output = start("MOCK_SEED_FILE", "/nonexistent/seed.json");
        assertTrue(output.contains("Cannot read MOCK_SEED_FILE /nonexistent/seed.json"), output);
    }

    /** Starts the packaged application with one variable set; returns its output after checking it failed. */
    private static String start(String variable, String value) throws Exception {
        Path log = Files.createTempFile("invalid-startup", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-jar", JAR.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put(variable, value);
        Process process = builder.start();
        try {
            boolean exited = process.waitFor(60, TimeUnit.SECONDS);
            assertTrue(exited, "the application kept running with an invalid " + variable);
            assertNotEquals(0, process.exitValue());
            return Files.readString(log, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
