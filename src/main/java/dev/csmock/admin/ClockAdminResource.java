package dev.csmock.admin;

import dev.csmock.errors.MockException;
import dev.csmock.faults.MockClock;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /__admin/clock}: the mock's clock, which quotas, windows and ramps read (SPEC §2.2). A test
 * freezes it and advances it to run "30 s of outage" in milliseconds; delays stay in real time.
 */
@Path("/__admin/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: clock", description = "The clock of quotas, windows and ramps: read, freeze, advance, release")
public class ClockAdminResource {

    private final MockClock clock;

    public ClockAdminResource(MockClock clock) {
        this.clock = clock;
    }

    /** How far to move the clock forward. */
    @RegisterForReflection
    public record Advance(Long ms) {
    }

    @GET
    @Operation(summary = "The mock's clock: {\"frozen\": false, \"nowMs\": 1733450000000}")
    public MockClock.Reading read() {
        return clock.read();
    }

    @POST
    @Path("freeze")
    @Operation(summary = "Stop the clock at now (a frozen clock stays where it is)")
    public MockClock.Reading freeze() {
        return clock.freeze();
    }

    @POST
    @Path("advance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the clock forward by ms, frozen or not: {\"ms\": 5000}")
    @APIResponse(responseCode = "400", description = "No ms, or a negative one: the clock only moves forward")
    public MockClock.Reading advance(Advance advance) {
        if (advance == null || advance.ms() == null) {
            throw MockException.invalid("Invalid clock change", List.of("ms: is required, e.g. {\"ms\": 5000}"));
        }
        return clock.advance(advance.ms());
    }

    @POST
    @Path("release")
    @Operation(summary = "Back to real time (a reset does it too)")
    public MockClock.Reading release() {
        return clock.release();
    }
}
