package dev.csmock.api;

import dev.csmock.errors.MockException;
import dev.csmock.forms.FormDecoder;
import dev.csmock.settings.SettingsForm;
import dev.csmock.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One exchange with a settings resource (SPEC §1): a GET or HEAD reads, a POST decodes its form
 * and updates. The answer, an error included, is rendered to bytes for the HTTP layer to send as
 * it is or altered by a fault.
 */
@ApplicationScoped
public class SettingsExchange {

    private final SettingsService settings;
    private final TwilioResponses responses;

    public SettingsExchange(SettingsService settings, TwilioResponses responses) {
        this.settings = settings;
        this.responses = responses;
    }

    /** Serves the request and renders the answer; a domain failure is answered in Twilio's shape. */
    public RenderedResponse render(TwilioRequest request) {
        try {
            return responses.settings(request.isPost() ? update(request) : fetch(request));
        } catch (MockException failure) {
            return responses.error(TwilioError.of(failure));
        }
    }

    private SettingsView fetch(TwilioRequest request) {
        return SettingsView.of(request.account(), request.kind(), settings.read(request.account(), request.kind()));
    }

    private SettingsView update(TwilioRequest request) {
        SettingsForm form = SettingsForm.from(FormDecoder.decode(request.contentType(), request.body()));
        return SettingsView.of(request.account(), request.kind(),
                settings.update(request.account(), request.kind(), form, request.wanted()));
    }
}
