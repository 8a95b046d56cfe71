package dev.csmock.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.exception.ApiException;
import com.twilio.rest.video.v1.CompositionSettings;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client's builders for faults over time (SPEC §2.2), accepted by the mock and doing what they say. */
@ExtendWith(MockServer.class)
class FaultsOverTimeClientTest {

    private MockAdmin admin;

    @AfterEach
    void releaseTheClock() {
        if (admin != null) {
            admin.clock().release();
        }
    }

    @Test
    void aQuotaOnAFrozenClockAnswers429UntilTheNextWindow(MockAdmin admin) {
        this.admin = admin;
        MockAccount account = admin.newAccount();
        Instant frozen = admin.clock().freeze();
        assertTrue(admin.clock().isFrozen());
        account.inject(Fault.quota(2, Duration.ofSeconds(1)).onGet());

        CompositionSettings.fetcher().fetch(account.twilioClient());
        CompositionSettings.fetcher().fetch(account.twilioClient());
        ApiException limited = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> CompositionSettings.fetcher().fetch(account.twilioClient()));
        assertEquals(20429, limited.getCode());

        assertEquals(frozen.plusSeconds(1), admin.clock().advance(Duration.ofSeconds(1)));
        CompositionSettings.fetcher().fetch(account.twilioClient());
        // twilio-java sends a request answered 429 once more after its Retry-After (1 s); the clock stood still
        account.verify(RequestPattern.get(Resource.COMPOSITION_SETTINGS).status(429), Times.exactly(2));
        assertEquals("quota", account.requests().stream().filter(r -> Integer.valueOf(429).equals(r.status()))
                .findFirst().orElseThrow().faultReason());
    }

    @Test
    void windowsRampsAndConcurrencyLimitsAreAcceptedAsBuilt(MockAdmin admin) {
        this.admin = admin;
        MockAccount account = admin.newAccount();
        admin.clock().freeze();
        InstalledFault outage = account.inject(Fault.status(503).startingAfter(Duration.ofSeconds(10))
                .activeFor(Duration.ofSeconds(30)));
        account.inject(Fault.status(500).probabilityRamp(0.0, 0.5, Duration.ofMinutes(1), 7).onPost());
        account.inject(Fault.concurrencyLimit(4));
        account.inject(Fault.delayOnly(Delay.ramp(Duration.ZERO, Duration.ofMillis(50), Duration.ofMinutes(1))));

        assertFalse(admin.fault(outage.id()).orElseThrow().active());
        CompositionSettings.fetcher().fetch(account.twilioClient());
        admin.clock().advance(Duration.ofSeconds(10));
        assertTrue(admin.fault(outage.id()).orElseThrow().active());
        ApiException failed = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> CompositionSettings.fetcher().fetch(account.twilioClient()));
        assertEquals(503, failed.getStatusCode());
        admin.clock().advance(Duration.ofSeconds(30));
        CompositionSettings.fetcher().fetch(account.twilioClient());
        assertEquals(4, account.faults().size());
    }
}
