package dev.csmock.container;

import static dev.csmock.container.Tenants.as;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testcontainers.containers.GenericContainer;

/**
 * The other of two test classes that run in parallel against one shared container: its account
 * keeps its own settings and never meets the fault that {@link TenantWithAFaultIT} installs.
 */
@ExtendWith(MockContainer.Shared.class)
@Execution(ExecutionMode.CONCURRENT)
class TenantWithoutFaultsIT {

    private static final String ACCOUNT = Tenants.newAccount();

    @RepeatedTest(20)
    void seesOnlyItsOwnStateAndNoFaults(GenericContainer<?> mock) {
        as(mock, ACCOUNT).formParam("FriendlyName", "quiet tenant")
                .post("/v1/RecordingSettings/Default").then().statusCode(200);
        as(mock, ACCOUNT).get("/v1/RecordingSettings/Default").then().statusCode(200)
                .body("account_sid", equalTo(ACCOUNT)).body("friendly_name", equalTo("quiet tenant"));
        as(mock, ACCOUNT).get("/v1/CompositionSettings/Default").then().statusCode(200)
                .body("account_sid", equalTo(ACCOUNT)).body("friendly_name", equalTo(null));
    }
}
