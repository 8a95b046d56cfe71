package dev.csmock.admin;

import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every admin route is described in {@code /q/openapi}; requests and fired faults are counted in {@code /q/metrics}. */
@QuarkusTest
class OpenApiAndMetricsTest {

    @ParameterizedTest
    @CsvSource({
        "/__admin/faults,post", "/__admin/faults,get", "/__admin/faults,delete",
        "/__admin/faults/{id},get", "/__admin/faults/{id},delete",
        "/__admin/requests,get", "/__admin/requests,delete", "/__admin/requests/count,get",
        "/__admin/requests/verify,post", "/__admin/requests/verify-sequence,post",
        "/__admin/accounts,get", "/__admin/accounts/{sid},delete",
        "/__admin/accounts/{sid}/{resource},get", "/__admin/accounts/{sid}/{resource},put",
        "/__admin/accounts/{sid}/{resource},delete",
        "/__admin/credentials,get", "/__admin/credentials,post", "/__admin/credentials,delete",
        "/__admin/reset,post", "/__admin/snapshot,get", "/__admin/snapshot,put",
        "/__admin/pact/provider-states,post"})
    void everyAdminRouteIsDescribed(String path, String method) {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .rootPath("paths.'" + path + "'." + method).body("summary", notNullValue());
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"))
                .body(containsString("url: '../openapi?format=json'"));
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
        given().redirects().follow(false).get("/q/swagger-ui").then().statusCode(302).header("Location", "swagger-ui/");
    }

    @Test
    void theDocumentIsYamlByDefaultAndJsonWhenAskedFor() {
        given().get("/q/openapi").then().statusCode(200).contentType(containsString("application/yaml"))
                .body(containsString("openapi: 3.0.3"));
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/json")).body("info.title", equalTo("Composition Settings Mock"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.ValueMatcher.oneOf[0].type", equalTo("string"));
    }

    @Test
    void requestsAndFiredFaultsAreCounted() {
        String account = Sids.account();
        String ok = "mock_requests_total{method=\"GET\",resource=\"CompositionSettings\",status=\"200\"}";
        String fired = "mock_faults_fired_total{kind=\"malformed-body\"}";
        double okBefore = metric(ok);
        double firedBefore = metric(fired);
        installRule(rule(account, "\"times\":1,\"fault\":{\"type\":\"malformed-body\",\"kind\":\"html\"}"));
        as(account).get(COMPOSITION).then().statusCode(200);
        as(account).get(COMPOSITION).then().statusCode(200);
        assertEquals(okBefore + 2, metric(ok));
        assertEquals(firedBefore + 1, metric(fired));
    }

    /** The value of one Prometheus sample, 0 when it is not exported yet. */
    private static double metric(String sample) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines().filter(line -> line.startsWith(sample + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1).trim()))
                .findFirst().orElse(0);
    }
}
