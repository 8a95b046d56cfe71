package dev.csmock.container;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.testcontainers.containers.GenericContainer;

/** What the two parallel tenant test classes share: random accounts and requests to the container. */
final class Tenants {

    private Tenants() {
    }

    static String newAccount() {
        return "AC" + UUID.randomUUID().toString().replace("-", "");
    }

    static RequestSpecification to(GenericContainer<?> mock) {
        return given().baseUri("http://" + mock.getHost() + ":" + mock.getMappedPort(8080));
    }

    static RequestSpecification as(GenericContainer<?> mock, String account) {
        return to(mock).auth().preemptive().basic(account, "token");
    }
}
