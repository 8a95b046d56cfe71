package dev.csmock.http;

/** Which paths belong to the Twilio API: everything but the admin API and Quarkus' own endpoints. */
public final class TwilioPaths {

    private TwilioPaths() {
    }

    /** Everything except the admin API ({@code /__admin}) and Quarkus' own endpoints ({@code /q}). */
    public static boolean isTwilioSpace(String normalizedPath) {
        return !(isAdmin(normalizedPath) || isUnder(normalizedPath, "/q"));
    }

    /** The admin API: {@code /__admin} and below. */
    private static boolean isAdmin(String path) {
        return path != null && isUnder(path, "/__admin");
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
