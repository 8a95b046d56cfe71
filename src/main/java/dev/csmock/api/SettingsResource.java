package dev.csmock.api;

import dev.csmock.http.TwilioRequest;
import dev.csmock.settings.SettingsForm;
import dev.csmock.settings.SettingsService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
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
 * implementation for both. Authentication, routing errors and headers are the HTTP gate's work;
 * the account and the resource come from it.
 */
@Path("/v1/{resource}/Default")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Twilio Video settings", description = "The mocked Twilio resources")
public class SettingsResource {

    private final SettingsService settings;

    public SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Operation(summary = "Fetch the account's settings")
    public Uni<SettingsView> fetch(RoutingContext context) {
        return Uni.createFrom().item(() -> {
            TwilioRequest request = TwilioRequest.of(context);
            return SettingsView.of(request.account(), request.kind(), settings.read(request.account(), request.kind()));
        });
    }

    @POST
    @Operation(summary = "Update the account's settings (form parameters, 200 with the result)")
    public Uni<SettingsView> update(RoutingContext context) {
        return Uni.createFrom().item(() -> {
            TwilioRequest request = TwilioRequest.of(context);
            String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
            SettingsForm form = SettingsForm.from(FormBody.parse(contentType, request.body()));
            return SettingsView.of(request.account(), request.kind(),
                    settings.update(request.account(), request.kind(), form));
        });
    }
}
