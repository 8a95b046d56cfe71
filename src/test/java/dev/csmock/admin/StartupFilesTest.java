package dev.csmock.admin;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Admin.journal;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code MOCK_SEED_FILE}, {@code MOCK_FAULTS_FILE} and {@code MOCK_LATENCY_MS}, read at start-up and on reset. */
@QuarkusTest
@TestProfile(StartupFilesTest.WithFiles.class)
class StartupFilesTest {

    static final String SEEDED = "AC5eeded00000000000000000000000000";
    static final String FAULTED = "ACfa017ed0000000000000000000000000";
    static final String KEY = "SK5eeded00000000000000000000000000";

    public static class WithFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mock.seed-file", write("seed.json", """
                            {"accounts": {"%s": {"CompositionSettings": {"friendly_name": "from the seed file"}}},
                             "faults": [],
                             "credentials": [{"username": "%s", "password": "seeded-secret", "account": "%s"}]}
                            """.formatted(SEEDED, KEY, SEEDED)),
                    "mock.faults.file", write("faults.json", """
                            [{"id": "startup-rule", "account": "%s", "resource": "RecordingSettings",
                              "fault": {"type": "status", "status": 503}}]
                            """.formatted(FAULTED)),
                    "mock.latency-ms", "150");
        }

        private static String write(String name, String content) {
            try {
                Path file = Path.of("target", "startup-files-test", name).toAbsolutePath();
                Files.createDirectories(file.getParent());
                Files.writeString(file, content);
                return file.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void theSeedFileSeedsSettingsAndCredentials() {
        as(SEEDED).get(COMPOSITION).then().statusCode(200).body("friendly_name", equalTo("from the seed file"));
        given().auth().preemptive().basic(KEY, "seeded-secret").get(COMPOSITION).then()
                .statusCode(200).body("account_sid", equalTo(SEEDED));
    }

    @Test
    void theRulesFileInstallsRules() {
        as(FAULTED).get(RECORDING).then().statusCode(503);
        as(FAULTED).get(COMPOSITION).then().statusCode(200);
        admin().get("/__admin/faults/startup-rule").then().statusCode(200).body("account", equalTo(FAULTED));
    }

    @Test
    void theLatencyIsAddedToEveryResponse() {
        as(SEEDED).get(RECORDING).then().statusCode(200);
        assertTrue(journal(SEEDED).getLong("requests[0].durationMs") >= 150);
    }

    @Test
    void theLatencyIsAddedToPreflightsAndRefusedBodiesToo() {
        given().header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                .options(COMPOSITION).then().statusCode(204);
        assertTrue(admin().queryParam("method", "OPTIONS").get("/__admin/requests").then().statusCode(200)
                .extract().jsonPath().getLong("requests[0].durationMs") >= 150);
        form(SEEDED).body("FriendlyName=" + "x".repeat(70_000)).post(RECORDING).then().statusCode(413);
        assertTrue(admin().queryParam("account", SEEDED).queryParam("status", 413).get("/__admin/requests").then()
                .statusCode(200).extract().jsonPath().getLong("requests[0].durationMs") >= 150);
    }

    @Test
    void resetRestoresTheStartUpStateEvenWhenTheFilesChangedOrWentAway() throws IOException {
        Path seed = Path.of("target", "startup-files-test", "seed.json").toAbsolutePath();
        Path faults = Path.of("target", "startup-files-test", "faults.json").toAbsolutePath();
        String seedText = Files.readString(seed);
        String faultsText = Files.readString(faults);
        try {
            Files.writeString(seed, "{\"accounts\": {\"%s\": {\"CompositionSettings\": {\"friendly_name\": \"edited\"}}}}"
                    .formatted(SEEDED));
            Files.delete(faults);
            form(SEEDED).formParam("FriendlyName", "changed").post(COMPOSITION).then().statusCode(200);
            admin().post("/__admin/reset").then().statusCode(204);
            as(SEEDED).get(COMPOSITION).then().body("friendly_name", equalTo("from the seed file"));
            as(FAULTED).get(RECORDING).then().statusCode(503);
        } finally {
            Files.writeString(seed, seedText);
            Files.writeString(faults, faultsText);
        }
    }

    @Test
    void resetGoesBackToTheFiles() {
        form(SEEDED).formParam("FriendlyName", "changed").post(COMPOSITION).then().statusCode(200);
        admin().delete("/__admin/faults/startup-rule").then().statusCode(204);
        admin().post("/__admin/reset").then().statusCode(204);
        as(SEEDED).get(COMPOSITION).then().body("friendly_name", equalTo("from the seed file"));
        as(FAULTED).get(RECORDING).then().statusCode(503);
    }
}
