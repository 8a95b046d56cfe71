package dev.csmock.admin;

import static dev.csmock.support.Admin.admin;
import static dev.csmock.support.Twilio.COMPOSITION;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.csmock.support.Sids;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code /__admin/credentials}: API keys added at run time act on their account. */
@QuarkusTest
class CredentialsAdminTest {

    @Test
    void anApiKeyAddedThroughTheAdminApiAuthenticates() {
        String account = Sids.account();
        String key = Sids.apiKey();
        given().auth().preemptive().basic(key, "key-secret").get(COMPOSITION).then().statusCode(401);
        admin().body("{\"username\":\"" + key + "\",\"password\":\"key-secret\",\"account\":\"" + account + "\"}")
                .post("/__admin/credentials").then().statusCode(201)
                .body("username", equalTo(key)).body("account", equalTo(account))
                .body(not(containsString("key-secret")));
        given().auth().preemptive().basic(key, "key-secret").get(COMPOSITION).then()
                .statusCode(200).body("account_sid", equalTo(account));
        admin().get("/__admin/credentials").then().statusCode(200)
                .body("username", hasItem(key)).body(not(containsString("key-secret")));

        admin().queryParam("username", key).delete("/__admin/credentials").then().statusCode(204);
        given().auth().preemptive().basic(key, "key-secret").get(COMPOSITION).then().statusCode(401);
        admin().delete("/__admin/credentials/" + key).then().statusCode(404);
    }

    @Test
    void invalidCredentialsAre400() {
        admin().body("{\"username\":\"" + Sids.apiKey() + "\",\"password\":\"s\"}").post("/__admin/credentials").then()
                .statusCode(400).body("details[0]", containsString("Account SID"));
        admin().body("{\"username\":\"bob\",\"password\":\"s\"}").post("/__admin/credentials").then().statusCode(400);
        admin().body("{\"username\":\"" + Sids.account() + "\",\"password\":\"\"}").post("/__admin/credentials").then()
                .statusCode(400);
    }
}
