package dev.csmock.support;

import io.restassured.RestAssured;
import java.net.URI;

/** Where the server under test listens (the same for @QuarkusTest and @QuarkusIntegrationTest). */
public final class Server {

    private Server() {
    }

    public static URI base() {
        return URI.create("http://127.0.0.1:" + RestAssured.port);
    }

    public static int port() {
        return RestAssured.port;
    }
}
