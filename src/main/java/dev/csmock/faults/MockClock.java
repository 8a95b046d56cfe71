package dev.csmock.faults;

import dev.csmock.errors.MockException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The mock's clock (SPEC §2.2): what quotas, windows and ramps read, never the system clock
 * directly. A test can freeze it, advance it, and give it back to real time, so that a 30-second
 * outage is tested in milliseconds and answers the same every run. Delays stay in real time.
 */
@ApplicationScoped
public class MockClock {

    /** Frozen at {@code frozenAtMs}, or running at real time plus {@code offsetMs}. */
    private record State(boolean frozen, long frozenAtMs, long offsetMs) {
    }

    /** What the clock says now, and whether it is frozen. */
    public record Reading(boolean frozen, long nowMs) {
    }

    private static final State REAL_TIME = new State(false, 0, 0);

    private final AtomicReference<State> state = new AtomicReference<>(REAL_TIME);

    /** Now, in milliseconds since the epoch, as the mock sees it. */
    public long nowMs() {
        return nowMs(state.get());
    }

    public Reading read() {
        State now = state.get();
        return new Reading(now.frozen(), nowMs(now));
    }

    private static long nowMs(State state) {
        return state.frozen() ? state.frozenAtMs() : System.currentTimeMillis() + state.offsetMs();
    }

    /** Stops the clock at now (a frozen clock stays where it is). */
    public Reading freeze() {
        state.updateAndGet(now -> now.frozen() ? now : new State(true, nowMs(now), now.offsetMs()));
        return read();
    }

    /** Moves the clock forward by {@code ms}, frozen or not; backwards is refused. */
    public Reading advance(long ms) {
        if (ms < 0) {
            throw MockException.invalid("Invalid clock change", List.of("ms: must be 0 or more: the clock only moves forward"));
        }
        state.updateAndGet(now -> now.frozen()
                ? new State(true, now.frozenAtMs() + ms, now.offsetMs() + ms)
                : new State(false, 0, now.offsetMs() + ms));
        return read();
    }

    /** Back to real time (what a reset does). */
    public Reading release() {
        state.set(REAL_TIME);
        return read();
    }
}
