package dev.csmock.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Calls of the admin API used by the tests. */
public final class Admin {

    private Admin() {
    }

    public static RequestSpecification admin() {
        return given().contentType("application/json");
    }

    /** Installs a rule (JSON text) and returns its id. */
    public static String installRule(String ruleJson) {
        return admin().body(ruleJson).post("/__admin/faults").then().statusCode(201).extract().path("id");
    }

    public static String rule(String account, String rest) {
        return "{\"account\":\"" + account + "\"" + (rest.isEmpty() ? "" : "," + rest) + "}";
    }

    public static JsonPath rules(String account) {
        return admin().queryParam("account", account).get("/__admin/faults").then().statusCode(200).extract().jsonPath();
    }

    public static void removeRule(String id) {
        admin().delete("/__admin/faults/" + id).then().statusCode(204);
    }

    public static JsonPath journal(String account) {
        return admin().queryParam("account", account).get("/__admin/requests").then().statusCode(200)
                .extract().jsonPath();
    }
}
