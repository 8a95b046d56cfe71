package dev.csmock.admin;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Admin.installRule;
import static dev.csmock.support.Admin.rule;
import static dev.csmock.support.Twilio.COMPOSITION;
import static dev.csmock.support.Twilio.RECORDING;
import static dev.csmock.support.Twilio.VALID_S3_URL;
import static dev.csmock.support.Twilio.as;
import static dev.csmock.support.Twilio.form;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code /__admin/accounts}: list, read, seed, clear, forget. */
@QuarkusTest
class AccountsAdminTest {

    @Test
    void aSeededResourceIsWhatTheTwilioRouteServes() {
        String account = Sids.account();
        String credentials = Sids.credential();
        admin().body("{\"friendly_name\":\"seeded\",\"aws_credentials_sid\":\"" + credentials + "\",\"aws_s3_url\":\""
                        + VALID_S3_URL + "\",\"aws_storage_enabled\":true,\"encryption_key_sid\":null,\"encryption_enabled\":false}")
                .put("/__admin/accounts/" + account + "/CompositionSettings").then()
                .statusCode(200).body("friendly_name", equalTo("seeded")).body("aws_storage_enabled", equalTo(true));
        as(account).get(COMPOSITION).then().statusCode(200)
                .body("friendly_name", equalTo("seeded"))
                .body("aws_credentials_sid", equalTo(credentials))
                .body("aws_storage_enabled", equalTo(true));
        admin().get("/__admin/accounts/" + account + "/CompositionSettings").then().statusCode(200)
                .body("aws_s3_url", equalTo(VALID_S3_URL));
        admin().get("/__admin/accounts/" + account + "/RecordingSettings").then().statusCode(404);
    }

    @Test
    void seedsFollowTheSameRulesAsPosts() {
        String account = Sids.account();
        admin().body("{\"aws_s3_url\":\"http://not-https\"}").put("/__admin/accounts/" + account + "/RecordingSettings")
                .then().statusCode(400).body("error", equalTo("Invalid settings"))
                .body("details", hasItem(containsString("AwsS3Url")));
        admin().body("{\"encryption_enabled\":true}").put("/__admin/accounts/" + account + "/RecordingSettings")
                .then().statusCode(400).body("details", hasItem(containsString("EncryptionKeySid")));
        admin().body("{\"friendly_name\":\"x\",\"colour\":\"blue\"}").put("/__admin/accounts/" + account + "/RecordingSettings")
                .then().statusCode(400).body("details", hasItem(containsString("colour")));
        admin().body("{}").put("/__admin/accounts/ACnope/RecordingSettings").then().statusCode(400);
        admin().body("{}").put("/__admin/accounts/" + account + "/Rooms").then().statusCode(404);
        as(account).get(RECORDING).then().body("friendly_name", nullValue());
    }

    @Test
    void clearingOneResourceLeavesTheOther() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "c").post(COMPOSITION).then().statusCode(200);
        form(account).formParam("FriendlyName", "r").post(RECORDING).then().statusCode(200);
        admin().delete("/__admin/accounts/" + account + "/CompositionSettings").then().statusCode(204);
        as(account).get(COMPOSITION).then().body("friendly_name", nullValue());
        as(account).get(RECORDING).then().body("friendly_name", equalTo("r"));
    }

    @Test
    void theListShowsAccountsWithSettingsAndCounts() {
        String account = Sids.account();
        form(account).formParam("FriendlyName", "listed").post(RECORDING).then().statusCode(200);
        installRule(rule(account, "\"resource\":\"CompositionSettings\",\"fault\":{\"type\":\"status\",\"status\":500}"));
        admin().get("/__admin/accounts").then().statusCode(200)
                .body("find { it.account == '" + account + "' }.recordingSettings.friendly_name", equalTo("listed"))
                .body("find { it.account == '" + account + "' }.compositionSettings", nullValue())
                .body("find { it.account == '" + account + "' }.requests", equalTo(1))
                .body("find { it.account == '" + account + "' }.faults", equalTo(1));
    }

    @Test
    void forgettingAnAccountRemovesItsSettingsRulesAndJournal() {
        String account = Sids.account();
        String other = Sids.account();
        form(account).formParam("FriendlyName", "gone").post(COMPOSITION).then().statusCode(200);
        form(other).formParam("FriendlyName", "stays").post(COMPOSITION).then().statusCode(200);
        installRule(rule(account, "\"resource\":\"RecordingSettings\",\"fault\":{\"type\":\"status\",\"status\":500}"));
        admin().delete("/__admin/accounts/" + account).then().statusCode(204);
        admin().get("/__admin/faults?account=" + account).then().body("size()", equalTo(0));
        admin().get("/__admin/requests/count?account=" + account).then().body("count", equalTo(0));
        as(account).get(RECORDING).then().statusCode(200).body("friendly_name", nullValue());
        as(other).get(COMPOSITION).then().body("friendly_name", equalTo("stays"));
    }
}
