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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, Object> listed = allAccounts().get(account);
        assertEquals("listed", ((Map<?, ?>) listed.get("recordingSettings")).get("friendly_name"));
        assertNull(listed.get("compositionSettings"));
        assertEquals(1, listed.get("requests"));
        assertEquals(1, listed.get("faults"));
    }

    @Test
    void theListIsPagedInSidOrderWithTheTotalInAHeader() {
        for (int i = 0; i < 3; i++) {
            form(Sids.account()).formParam("FriendlyName", "paged").post(COMPOSITION).then().statusCode(200);
        }
        int total = Integer.parseInt(admin().queryParam("limit", 1).get("/__admin/accounts").then().statusCode(200)
                .body("size()", equalTo(1)).extract().header("X-Total-Count"));
        assertTrue(total >= 3);
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 2) {
            seen.addAll(admin().queryParam("limit", 2).queryParam("offset", offset).get("/__admin/accounts")
                    .then().statusCode(200).extract().jsonPath().getList("account", String.class));
        }
        assertEquals(total, seen.size());
        assertEquals(seen.stream().sorted().distinct().toList(), seen);
        admin().queryParam("limit", 0).get("/__admin/accounts").then().statusCode(400).body("error", equalTo("Invalid query"));
        admin().queryParam("offset", -1).get("/__admin/accounts").then().statusCode(400);
    }

    @Test
    void anAccountWhoseOnlyRuleWasRemovedIsNoLongerListed() {
        String account = Sids.account();
        String id = installRule(rule(account, "\"fault\":{\"type\":\"status\",\"status\":500}"));
        assertTrue(allAccounts().containsKey(account));
        admin().delete("/__admin/faults/" + id).then().statusCode(204);
        assertFalse(allAccounts().containsKey(account));
    }

    /** Every account of the listing, page after page. */
    private static Map<String, Map<String, Object>> allAccounts() {
        Map<String, Map<String, Object>> accounts = new HashMap<>();
        for (int offset = 0; ; offset += 1000) {
            List<Map<String, Object>> page = admin().queryParam("limit", 1000).queryParam("offset", offset)
                    .get("/__admin/accounts").then().statusCode(200).extract().jsonPath().getList("$");
            page.forEach(entry -> accounts.put((String) entry.get("account"), entry));
            if (page.size() < 1000) {
                return accounts;
            }
        }
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
