package dev.csmock.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one renderer of the Twilio routes: every answer they give, settings or error, real or
 * injected, becomes bytes here, with one {@code Content-Type}.
 */
@ApplicationScoped
public class TwilioResponses {

    /** The media type of every JSON answer on the Twilio routes (SPEC §1.4). */
    public static final String JSON = "application/json";

    private final ObjectMapper json;

    public TwilioResponses(ObjectMapper json) {
        this.json = json;
    }

    public RenderedResponse settings(SettingsView view) {
        return new RenderedResponse(200, JSON, bytes(view));
    }

    public RenderedResponse error(TwilioError error) {
        return new RenderedResponse(error.status(), JSON, bytes(error));
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a " + value.getClass().getSimpleName(), e);
        }
    }
}
