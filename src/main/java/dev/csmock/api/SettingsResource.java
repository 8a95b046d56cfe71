package dev.csmock.api;

import dev.csmock.http.TwilioRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Twilio's {@code /v1/CompositionSettings/Default} and {@code /v1/RecordingSettings/Default}: one
 * implementation for both. Authentication, routing errors, headers and faults are the HTTP gate's
 * work; the account, the resource and the body come from it.
 */
@Path("/v1/{resource}/Default")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Twilio Video settings", description = "The mocked Twilio resources")
public class SettingsResource {

    private final SettingsExchange exchange;

    public SettingsResource(SettingsExchange exchange) {
        this.exchange = exchange;
    }

    @GET
    @Operation(summary = "Fetch the account's settings")
    public Uni<SettingsView> fetch(RoutingContext context) {
        return Uni.createFrom().item(() -> exchange.fetch(TwilioRequest.of(context)));
    }

    @POST
    @Operation(summary = "Update the account's settings (form parameters, 200 with the result)")
    public Uni<SettingsView> update(RoutingContext context) {
        return Uni.createFrom().item(() -> exchange.update(TwilioRequest.of(context)));
    }
}
