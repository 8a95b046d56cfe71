package dev.csmock.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmock.errors.ErrorResponses;
import dev.csmock.errors.TwilioException;
import dev.csmock.http.TwilioRequest;
import dev.csmock.settings.SettingsForm;
import dev.csmock.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

/**
 * One exchange with a settings resource: a GET reads, a POST decodes its form and updates. The
 * JAX-RS resource serves it; the fault layer renders it to bytes when a fault alters or follows
 * the response.
 */
@ApplicationScoped
public class SettingsExchange {

    private final SettingsService settings;
    private final ErrorResponses errors;
    private final ObjectMapper json;

    public SettingsExchange(SettingsService settings, ErrorResponses errors, ObjectMapper json) {
        this.settings = settings;
        this.errors = errors;
        this.json = json;
    }

    public SettingsView fetch(TwilioRequest request) {
        return SettingsView.of(request.account(), request.kind(), settings.read(request.account(), request.kind()));
    }

    public SettingsView update(TwilioRequest request) {
        SettingsForm form = SettingsForm.from(FormBody.parse(request.contentType(), request.body()));
        return SettingsView.of(request.account(), request.kind(),
                settings.update(request.account(), request.kind(), form));
    }

    /** Serves the request and renders the answer, errors included. */
    public RenderedResponse render(TwilioRequest request) {
        try {
            SettingsView view = request.isPost() ? update(request) : fetch(request);
            return new RenderedResponse(200, MediaType.APPLICATION_JSON, json.writeValueAsBytes(view));
        } catch (TwilioException e) {
            return new RenderedResponse(e.error().status(), MediaType.APPLICATION_JSON, errors.body(e.error()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise settings", e);
        }
    }
}
