package dev.csmock.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The mock's clock (SPEC §2.2, {@code /__admin/clock}): quotas, windows and ramps read it, so a test
 * that freezes it and advances it runs "30 s of outage" in milliseconds, with the same answers every
 * run. Delays stay in real time. The clock is one for the whole mock: {@link #release()} (or a reset)
 * gives it back to real time; on a mock shared with other test classes, moving it is refused
 * ({@link MockAdmin#sharedWithOtherTests}).
 */
public final class MockClock {

    private final MockAdmin admin;
    private final AdminHttp http;

    MockClock(MockAdmin admin, AdminHttp http) {
        this.admin = admin;
        this.http = http;
    }

    /** What the mock's clock says now. */
    public Instant now() {
        return Instant.ofEpochMilli(http.get("clock").body().path("nowMs").asLong());
    }

    public boolean isFrozen() {
        return http.get("clock").body().path("frozen").asBoolean();
    }

    /** Stops the clock at now; returns where it stopped. */
    public Instant freeze() {
        admin.mustNotReachEveryAccount("clock().freeze()");
        return Instant.ofEpochMilli(http.post("clock/freeze", null, Set.of(200)).body().path("nowMs").asLong());
    }

    /** Moves the clock forward, frozen or not; returns the new time. */
    public Instant advance(Duration duration) {
        admin.mustNotReachEveryAccount("clock().advance(...)");
        return Instant.ofEpochMilli(http.post("clock/advance", Map.of("ms", duration.toMillis()), Set.of(200))
                .body().path("nowMs").asLong());
    }

    /** Back to real time. */
    public void release() {
        admin.mustNotReachEveryAccount("clock().release()");
        http.post("clock/release", null, Set.of(200));
    }
}
