package dev.csmock.faults;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invalid rules get a 400 whose details name the field; nothing is installed and the server keeps serving. */
@QuarkusTest
class InvalidRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"account\":\"ACnope\",\"fault\":{\"type\":\"status\",\"status\":503}}|account: must be an Account SID",
        "{\"fault\":{\"type\":\"status\",\"status\":503}}|account: is required",
        "{\"account\":\"*\",\"resource\":\"Rooms\",\"fault\":{\"type\":\"status\",\"status\":503}}|resource: must be",
        "{\"account\":\"*\",\"method\":\"PUT\",\"fault\":{\"type\":\"status\",\"status\":503}}|method: must be",
        "{\"account\":\"*\",\"skip\":-1,\"fault\":{\"type\":\"status\",\"status\":503}}|skip:",
        "{\"account\":\"*\",\"times\":0,\"fault\":{\"type\":\"status\",\"status\":503}}|times: must be at least 1",
        "{\"account\":\"*\",\"probability\":1.5,\"fault\":{\"type\":\"status\",\"status\":503}}|probability: must be between 0 and 1",
        "{\"account\":\"*\",\"phase\":\"during\",\"fault\":{\"type\":\"status\",\"status\":503}}|phase: must be",
        "{\"account\":\"*\"}|a rule needs a delay, a fault, or both",
        "{\"account\":\"*\",\"fault\":{\"type\":\"status\",\"status\":302}}|fault.status: must be a 4xx or 5xx",
        "{\"account\":\"*\",\"fault\":{\"type\":\"malformed-body\",\"kind\":\"xml\"}}|fault.kind: must be one of",
        "{\"account\":\"*\",\"fault\":{\"type\":\"malformed-body\"}}|fault.kind: is required",
        "{\"account\":\"*\",\"fault\":{\"type\":\"content-type\"}}|fault.contentType: is required",
        "{\"account\":\"*\",\"fault\":{\"type\":\"hang\",\"maxMs\":300001}}|fault.maxMs: must be at most 300000",
        "{\"account\":\"*\",\"fault\":{\"type\":\"dribble\",\"chunks\":0}}|fault.chunks:",
        "{\"account\":\"*\",\"delay\":{}}|delay: must have exactly one of fixedMs, uniformMs, lognormal and rampMs",
        "{\"account\":\"*\",\"delay\":{\"fixedMs\":1,\"uniformMs\":[1,2]}}|delay: must have exactly one",
        "{\"account\":\"*\",\"delay\":{\"uniformMs\":[9,3]}}|delay: uniformMs must be [min, max] with min <= max",
        "{\"account\":\"*\",\"delay\":{\"uniformMs\":[1]}}|delay.uniformMs: must be [min, max]",
        "{\"account\":\"*\",\"delay\":{\"lognormal\":{\"medianMs\":10,\"sigma\":1}}}|delay.lognormal.maxMs: is required",
        "{\"account\":\"*\",\"tims\":3,\"fault\":{\"type\":\"status\",\"status\":503}}|unknown field 'tims'",
        "{\"account\":\"*\",\"fault\":{\"type\":\"status\",\"status\":503,\"kind\":\"x\"}}|fault: unknown field 'kind'",
        "{\"account\":\"*\",\"delay\":{\"fixed\":5}}|delay: unknown field 'fixed'",
        "{\"account\":\"*\",\"fault\":{\"type\":\"teapot\"}}|fault.type: unknown value 'teapot'",
        "{\"account\":\"*\",\"fault\":{\"status\":503}}|fault.type: is required",
        "{\"account\":\"*\",\"times\":\"many\",\"fault\":{\"type\":\"status\",\"status\":503}}|times:",
        "[1,2]|",
        "not json|"})
    void anInvalidRuleIsA400NamingTheField(String body, String detail) {
        admin().body(body).post("/__admin/faults").then()
                .statusCode(400)
                .body("error", containsString("Invalid"))
                .body("details", hasItem(containsString(detail == null ? "" : detail)));
        admin().get("/__admin/faults?account=*").then().statusCode(200).body("size()", equalTo(0));
        as(Sids.account()).get(COMPOSITION).then().statusCode(200);
    }

    @Test
    void aDuplicateIdIsAConflict() {
        String account = Sids.account();
        admin().body(rule(account, "\"id\":\"my-rule-" + account + "\",\"fault\":{\"type\":\"status\",\"status\":500}"))
                .post("/__admin/faults").then().statusCode(201).body("id", equalTo("my-rule-" + account));
        admin().body(rule(account, "\"id\":\"my-rule-" + account + "\",\"fault\":{\"type\":\"status\",\"status\":500}"))
                .post("/__admin/faults").then().statusCode(409).body("error", containsString("exists"));
    }

    @Test
    void unknownRulesAre404() {
        admin().get("/__admin/faults/FRnope").then().statusCode(404).body("error", containsString("FRnope"));
        admin().delete("/__admin/faults/FRnope").then().statusCode(404);
    }
}
