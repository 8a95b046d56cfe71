package dev.csmock.pact;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Provider states of one interaction after another on the same account, without teardown (pact-jvm's
 * default): what an earlier state installed never answers for a later one. The query form carries
 * every parameter, and a state that cannot be applied changes nothing.
 */
@QuarkusTest
class StatesDoNotStackTest {

    private static final String PATH = "/__admin/pact/provider-states";

    private static void setUp(String state, String account, String params) {
        admin().body("{\"state\":\"" + state + "\",\"params\":{\"accountSid\":\"" + account + "\"" + params + "}}")
                .post(PATH).then().statusCode(200);
    }

    @Test
    void aFailingStateAfterASlowOneFails() {
        String account = Sids.account();
        setUp("the service is slow", account, ",\"delayMs\":300");
        setUp("the service fails", account, "");

        as(account).get(COMPOSITION).then().statusCode(503).body("code", equalTo(20503));
        admin().get("/__admin/faults?account=" + account).then().body("$", hasSize(1));
    }

    @Test
    void aStateOfTheNextInteractionDropsTheRuleOfThePreviousOne() {
        String account = Sids.account();
        setUp("the service fails", account, "");
        as(account).get(COMPOSITION).then().statusCode(503);   // the first interaction ran

        setUp("composition settings exist", account, ",\"friendlyName\":\"second\"");

        as(account).get(COMPOSITION).then().statusCode(200).body("friendly_name", equalTo("second"));
    }

    @Test
    void statesOfOneInteractionCombine() {
        String account = Sids.account();
        setUp("the service fails", account, ",\"status\":500");
        setUp("composition settings exist", account, ",\"friendlyName\":\"both\"");

        as(account).get(COMPOSITION).then().statusCode(500);
    }

    @Test
    void theQueryFormCarriesEveryParameter() {
        String account = Sids.account();
        admin().queryParam("state", "the service fails").queryParam("accountSid", account).queryParam("status", "500")
                .queryParam("times", "1").post(PATH).then().statusCode(200).body("params.status", equalTo("500"));
        as(account).get(COMPOSITION).then().statusCode(500);
        as(account).get(COMPOSITION).then().statusCode(200);

        admin().queryParam("state", "composition settings exist").queryParam("accountSid", account)
                .queryParam("friendlyName", "by query").post(PATH).then().statusCode(200);
        as(account).get(COMPOSITION).then().body("friendly_name", equalTo("by query"));
    }

    @Test
    void aStateThatCannotBeAppliedChangesNothing() {
        String account = Sids.account();
        setUp("the service is slow", account, ",\"delayMs\":1");
        admin().body("{\"state\":\"the service fails\",\"params\":{\"accountSid\":\"" + account + "\",\"status\":200}}")
                .post(PATH).then().statusCode(400).body("details[0]", containsString("status"));

        admin().get("/__admin/faults?account=" + account).then().body("$", hasSize(1)).body("[0].delay.fixedMs", equalTo(1));
    }
}
