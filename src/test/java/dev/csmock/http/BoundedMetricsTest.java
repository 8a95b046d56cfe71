package dev.csmock.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.csmock.support.RawSocket;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** No client can grow the metric series: a method it made up is counted as {@code other}. */
@QuarkusTest
class BoundedMetricsTest {

    @Test
    void methodsAClientMakesUpAreCountedAsOther() throws Exception {
        for (int i = 0; i < 40; i++) {
            RawSocket.exchange(("X" + i + " /v1/CompositionSettings/Default HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), 5_000);
        }

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains("method=\"X"), "a series per made-up method");
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("mock_requests_total{") && line.contains("method=\"other\"")),
                "made-up methods are counted as other");
    }

    /** Every series of the mock's request counter, by the tags a client can influence: bounded. */
    static long requestSeries() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("mock_requests_total{")).count();
    }
}
