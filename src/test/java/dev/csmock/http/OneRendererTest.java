package dev.csmock.http;

import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.csmock.support.Sids;
import java.util.LinkedHashMap;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every Twilio answer, plain or through a fault, an error or not, has the same Content-Type. */
@QuarkusTest
class OneRendererTest {

    @Test
    void everyJsonAnswerOfTheTwilioRoutesHasOneContentType() {
        String plain = Sids.account();
        String delayed = Sids.account();
        String dribbled = Sids.account();
        String after = Sids.account();
        String injected = Sids.account();
        installRule(rule(delayed, "\"delay\":{\"fixedMs\":5}"));
        installRule(rule(dribbled, "\"fault\":{\"type\":\"dribble\",\"chunks\":2,\"totalMs\":10}"));
        installRule(rule(after, "\"phase\":\"after\",\"fault\":{\"type\":\"malformed-body\",\"kind\":\"null\"}"));
        installRule(rule(injected, "\"fault\":{\"type\":\"status\",\"status\":503}"));

        Map<String, String> contentTypes = new LinkedHashMap<>();
        contentTypes.put("plain 200", as(plain).get(COMPOSITION).then().statusCode(200).extract().contentType());
        contentTypes.put("delayed 200", as(delayed).get(COMPOSITION).then().statusCode(200).extract().contentType());
        contentTypes.put("dribbled 200", as(dribbled).get(COMPOSITION).then().statusCode(200).extract().contentType());
        contentTypes.put("after-phase body", form(after).formParam("FriendlyName", "x").post(COMPOSITION).then()
                .statusCode(200).extract().contentType());
        contentTypes.put("400", form(plain).post(COMPOSITION).then().statusCode(400).extract().contentType());
        contentTypes.put("401", given().get(COMPOSITION).then().statusCode(401).extract().contentType());
        contentTypes.put("404", as(plain).get("/v1/Nothing").then().statusCode(404).extract().contentType());
        contentTypes.put("injected 503", as(injected).get(COMPOSITION).then().statusCode(503).extract().contentType());

        contentTypes.forEach((answer, type) -> assertEquals("application/json", type, answer));
    }
}
