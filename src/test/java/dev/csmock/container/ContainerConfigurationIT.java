package dev.csmock.container;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.Transferable;

/** Configuration by environment: a seed file copied into the container and strict authentication. */
class ContainerConfigurationIT {

    private static final String ACCOUNT = "AC" + UUID.randomUUID().toString().replace("-", "");

    private GenericContainer<?> mock;

    @BeforeEach
    void start() {
        MockContainer.requireDockerAndImage();
        String seed = """
                {"accounts": {"%s": {"CompositionSettings": {"friendly_name": "seeded in the container"}}},
                 "faults": [], "credentials": [{"username": "%s", "password": "the-token"}]}
                """.formatted(ACCOUNT, ACCOUNT);
        mock = MockContainer.create()
                .withCopyToContainer(Transferable.of(seed), "/tmp/seed.json")
                .withEnv("MOCK_SEED_FILE", "/tmp/seed.json")
                .withEnv("MOCK_AUTH_MODE", "strict");
        mock.start();
    }

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.stop();
        }
    }

    @Test
    void theSeedFileAndStrictModeComeFromTheEnvironment() {
        String base = "http://" + mock.getHost() + ":" + mock.getMappedPort(8080);
        given().baseUri(base).auth().preemptive().basic(ACCOUNT, "the-token")
                .get("/v1/CompositionSettings/Default").then().statusCode(200)
                .body("friendly_name", equalTo("seeded in the container"));
        given().baseUri(base).auth().preemptive().basic(ACCOUNT, "another-token")
                .get("/v1/CompositionSettings/Default").then().statusCode(401);
    }
}
