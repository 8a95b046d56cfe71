package dev.csmock.journal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Header values as the journal shows them: no secret a client sent is ever shown, whatever the
 * header's shape. {@code Authorization} and {@code Proxy-Authorization} keep their scheme and, for
 * Basic, the user name ({@code Basic AC…:***}); a value without a scheme is {@code ***} as a whole.
 * {@code Cookie} keeps the cookie names ({@code session=***}).
 */
final class RedactedHeaders {

    private static final Set<String> CREDENTIALS = Set.of("authorization", "proxy-authorization");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    private RedactedHeaders() {
    }

    static String value(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (CREDENTIALS.contains(lower)) {
            return credentials(value);
        }
        if (lower.equals("cookie")) {
            return cookies(value);
        }
        return value;
    }

    private static String credentials(String header) {
        String[] parts = WHITESPACE.split(header.strip(), 2);
        if (parts.length < 2 || !SCHEME.matcher(parts[0]).matches()) {
            return "***";
        }
        String scheme = parts[0];
        if (!scheme.equalsIgnoreCase("Basic")) {
            return scheme + " ***";
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? scheme + " ***" : scheme + " " + decoded.substring(0, colon) + ":***";
        } catch (IllegalArgumentException e) {
            return scheme + " ***";
        }
    }

    private static String cookies(String header) {
        StringBuilder shown = new StringBuilder();
        for (String cookie : header.split(";")) {
            int equals = cookie.indexOf('=');
            String cookieName = (equals < 0 ? "" : cookie.substring(0, equals)).strip();
            if (shown.length() > 0) {
                shown.append("; ");
            }
            shown.append(cookieName.isEmpty() ? "***" : cookieName + "=***");
        }
        return shown.length() == 0 ? "***" : shown.toString();
    }
}
