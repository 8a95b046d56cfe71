package dev.csmock.container;

import static dev.csmock.container.Tenants.as;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testcontainers.containers.GenericContainer;

/**
 * One of two test classes that run in parallel against one shared container, each with its own
 * Account SID: this one injects a fault for its account ({@link TenantWithoutFaultsIT} never sees it).
 */
@ExtendWith(MockContainer.Shared.class)
@Execution(ExecutionMode.CONCURRENT)
class TenantWithAFaultIT {

    private final String account = Tenants.newAccount();

    @Test
    void itsFaultHitsOnlyItsOwnRequests(GenericContainer<?> mock) {
        Tenants.to(mock).contentType("application/json")
                .body("{\"account\":\"" + account + "\",\"resource\":\"RecordingSettings\","
                        + "\"fault\":{\"type\":\"status\",\"status\":503}}")
                .post("/__admin/faults").then().statusCode(201);
        for (int i = 0; i < 20; i++) {
            as(mock, account).get("/v1/RecordingSettings/Default").then().statusCode(503);
            as(mock, account).formParam("FriendlyName", "fault tenant " + i)
                    .post("/v1/CompositionSettings/Default").then().statusCode(200)
                    .body("account_sid", equalTo(account))
                    .body("friendly_name", equalTo("fault tenant " + i));
        }
    }
}
