package dev.csmock.container;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.GenericContainer;

/** The image serves the API, runs as a non-root user, and its health check passes. */
@ExtendWith(MockContainer.Shared.class)
class ContainerRoundTripIT {

    private GenericContainer<?> mock;

    @BeforeEach
    void container(GenericContainer<?> shared) {
        mock = shared;
    }

    @Test
    void aRoundTripThroughTheContainer() {
        String base = "http://" + mock.getHost() + ":" + mock.getMappedPort(8080);
        String account = "AC" + UUID.randomUUID().toString().replace("-", "");
        given().baseUri(base).auth().preemptive().basic(account, "token")
                .formParam("FriendlyName", "from a container test")
                .post("/v1/CompositionSettings/Default").then().statusCode(200);
        given().baseUri(base).auth().preemptive().basic(account, "token")
                .get("/v1/CompositionSettings/Default").then().statusCode(200)
                .body("friendly_name", equalTo("from a container test"));
    }

    @Test
    void theContainerRunsAsANonRootUser() {
        String user = mock.getContainerInfo().getConfig().getUser();
        assertTrue(user != null && !user.isEmpty(), "no USER in the image");
        assertNotEquals("0", user);
        assertNotEquals("root", user);
    }

    @Test
    void theHealthCheckPasses() throws InterruptedException {
        String status = null;
        for (int attempt = 0; attempt < 120; attempt++) {
            status = mock.getCurrentContainerInfo().getState().getHealth().getStatus();
            if ("healthy".equals(status)) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals("healthy", status);
    }
}
