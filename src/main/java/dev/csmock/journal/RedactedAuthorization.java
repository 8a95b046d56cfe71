package dev.csmock.journal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An Authorization header as the journal shows it: {@code Basic AC…:***}, never the password. */
final class RedactedAuthorization {

    private RedactedAuthorization() {
    }

    static String of(String header) {
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        String scheme = space < 0 ? trimmed : trimmed.substring(0, space);
        if (space < 0 || !scheme.equalsIgnoreCase("Basic")) {
            return scheme + " ***";
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(trimmed.substring(space + 1).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "Basic ***" : "Basic " + decoded.substring(0, colon) + ":***";
        } catch (IllegalArgumentException e) {
            return "Basic ***";
        }
    }
}
