package dev.csmock.pact.provider;

import static io.restassured.RestAssured.given;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Verifies {@code pacts/} against the packaged application the way another project's verifier
 * would: only HTTP, with every state applied through {@code POST /__admin/pact/provider-states}.
 */
@QuarkusIntegrationTest
@Provider("composition-settings-mock")
@PactFolder("pacts")
class HttpOnlyProviderVerificationIT extends ProviderStateHandlers {

    @Override
    void apply(String state, Map<String, Object> params, boolean teardown) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", state);
        body.put("params", params);
        body.put("action", teardown ? "teardown" : "setup");
        given().contentType("application/json").body(body)
                .post("/__admin/pact/provider-states").then().statusCode(200);
    }
}
