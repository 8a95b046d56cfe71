package dev.csmock.http;

import dev.csmock.errors.TwilioCodes;
import dev.csmock.errors.TwilioError;

/** Which paths belong to the Twilio API, and the errors Twilio gives for paths it does not serve. */
public final class TwilioPaths {

    private TwilioPaths() {
    }

    /** Everything except the admin API ({@code /__admin}) and Quarkus' own endpoints ({@code /q}). */
    public static boolean isTwilioSpace(String normalizedPath) {
        return !(isUnder(normalizedPath, "/__admin") || isUnder(normalizedPath, "/q"));
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** Twilio's 404: the message names the path without its API version ({@code /v1}). */
    public static TwilioError notFound(String path) {
        String shown = path.startsWith("/v1/") ? path.substring(3) : path;
        return TwilioError.of(404, TwilioCodes.NOT_FOUND, "The requested resource " + shown + " was not found");
    }

    /** Twilio documents no code for 413; the nearest documented one is 20001 (bad request). */
    public static TwilioError tooLarge(long maxBodyBytes) {
        return TwilioError.of(413, TwilioCodes.INVALID_PARAMETER,
                "Request body too large: the limit is " + maxBodyBytes + " bytes (mock.settings.max-body-bytes)");
    }
}
