package dev.csmock.admin;

import dev.csmock.errors.MockException;
import dev.csmock.state.Snapshots;
import dev.csmock.state.StartupState;
import dev.csmock.state.Snapshot;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /__admin/reset} and {@code /__admin/snapshot}: the whole state at once (SPEC §3). */
@Path("/__admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: state", description = "Reset, snapshot export and import")
public class StateAdminResource {

    private final Snapshots snapshots;
    private final StartupState startup;

    public StateAdminResource(Snapshots snapshots, StartupState startup) {
        this.snapshots = snapshots;
        this.startup = startup;
    }

    @POST
    @Path("reset")
    @Operation(summary = "Back to the start-up state (configured credentials, MOCK_SEED_FILE, MOCK_FAULTS_FILE as read at start-up); journal cleared")
    @APIResponse(responseCode = "204", description = "Reset")
    public Response reset() {
        startup.reset();
        return Response.noContent().build();
    }

    @GET
    @Path("snapshot")
    @Operation(summary = "Export settings, fault rules and credentials as one document")
    public Snapshot export() {
        return snapshots.export();
    }

    @PUT
    @Path("snapshot")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace settings, fault rules and credentials by a snapshot (all or nothing)")
    @APIResponse(responseCode = "204", description = "Imported")
    @APIResponse(responseCode = "400", description = "Invalid snapshot; nothing changed")
    @APIResponse(responseCode = "503", description = "More accounts than mock.store.max-accounts; nothing changed")
    public Response importSnapshot(Snapshot snapshot) {
        if (snapshot == null) {
            throw MockException.invalid("Invalid snapshot", List.of("the body must be a snapshot object"));
        }
        snapshots.importSnapshot(snapshot);
        return Response.noContent().build();
    }
}
