package dev.csmock.admin;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code /__admin/snapshot} and {@code /__admin/reset}. */
@QuarkusTest
class SnapshotAndResetTest {

    @Test
    void aSnapshotExportedAndImportedRestoresSettingsRulesAndCredentials() {
        String account = Sids.account();
        String key = Sids.apiKey();
        form(account).formParam("FriendlyName", "snap").post(RECORDING).then().statusCode(200);
        String id = installRule(rule(account, "\"resource\":\"CompositionSettings\",\"seed\":5,\"fault\":{\"type\":\"status\",\"status\":500}"));
        admin().body("{\"username\":\"" + key + "\",\"password\":\"pw\",\"account\":\"" + account + "\"}")
                .post("/__admin/credentials").then().statusCode(201);

        String snapshot = admin().get("/__admin/snapshot").then().statusCode(200)
                .body("accounts." + account + ".RecordingSettings.friendly_name", equalTo("snap"))
                .body("faults.id", hasItem(id))
                .body("credentials.username", hasItem(key))
                .extract().asString();

        admin().post("/__admin/reset").then().statusCode(204);
        as(account).get(RECORDING).then().body("friendly_name", nullValue());
        as(account).get(COMPOSITION).then().statusCode(200);
        given().auth().preemptive().basic(key, "pw").get(COMPOSITION).then().statusCode(401);

        admin().body(snapshot).put("/__admin/snapshot").then().statusCode(204);
        as(account).get(RECORDING).then().body("friendly_name", equalTo("snap"));
        as(account).get(COMPOSITION).then().statusCode(500);
        given().auth().preemptive().basic(key, "pw").get(RECORDING).then().statusCode(200)
                .body("account_sid", equalTo(account));
        admin().get("/__admin/faults/" + id).then().statusCode(200).body("seed", equalTo(5));
        admin().post("/__admin/reset").then().statusCode(204);
    }

    @Test
    void anInvalidSnapshotChangesNothing() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "before").post(COMPOSITION).then().statusCode(200);
        admin().body("{\"accounts\":{\"" + Sids.account() + "\":{\"CompositionSettings\":{\"aws_s3_url\":\"ftp://x\"}}},"
                        + "\"faults\":[],\"credentials\":[]}")
                .put("/__admin/snapshot").then().statusCode(400).body("error", equalTo("Invalid snapshot"))
                .body("details[0]", containsString("AwsS3Url"));
        admin().body("{\"accounts\":{},\"faults\":[{\"account\":\"*\"}],\"credentials\":[]}")
                .put("/__admin/snapshot").then().statusCode(400);
        as(account).get(COMPOSITION).then().body("friendly_name", equalTo("before"));
    }

    @Test
    void aSnapshotWithTwoRulesOfOneIdIsRefusedBeforeAnythingIsWiped() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "kept").post(COMPOSITION).then().statusCode(200);
        String id = installRule(rule(account, "\"resource\":\"RecordingSettings\",\"fault\":{\"type\":\"status\",\"status\":502}"));
        String twice = "{\"id\":\"twin\",\"account\":\"*\",\"fault\":{\"type\":\"status\",\"status\":500}}";
        admin().body("{\"accounts\":{\"" + Sids.account() + "\":{\"CompositionSettings\":{\"friendly_name\":\"new\"}}},"
                        + "\"faults\":[" + twice + "," + twice + "],\"credentials\":[]}")
                .put("/__admin/snapshot").then().statusCode(400).body("error", equalTo("Invalid snapshot"))
                .body("details[0]", containsString("faults[1].id"));
        as(account).get(COMPOSITION).then().statusCode(200).body("friendly_name", equalTo("kept"));
        as(account).get(RECORDING).then().statusCode(502);
        admin().get("/__admin/faults/" + id).then().statusCode(200);
        admin().delete("/__admin/faults/" + id).then().statusCode(204);
    }

    @Test
    void resetClearsSettingsRulesAndTheJournal() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "temporary").post(COMPOSITION).then().statusCode(200);
        installRule(rule(account, "\"resource\":\"RecordingSettings\",\"fault\":{\"type\":\"status\",\"status\":500}"));
        admin().post("/__admin/reset").then().statusCode(204);
        admin().get("/__admin/requests/count").then().body("count", equalTo(0));
        admin().get("/__admin/faults").then().body("size()", equalTo(0));
        as(account).get(RECORDING).then().statusCode(200);
        as(account).get(COMPOSITION).then().body("friendly_name", nullValue());
    }
}
