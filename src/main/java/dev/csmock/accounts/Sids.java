package dev.csmock.accounts;

/** Twilio SID formats used for authentication: a two-letter prefix and 32 hexadecimal digits. */
public final class Sids {

    private static final int LENGTH = 34;

    private Sids() {
    }

    /** {@code ^AC[0-9a-fA-F]{32}$} (checked on every request, so without a regex). */
    public static boolean isAccountSid(String value) {
        return hasForm(value, 'A', 'C');
    }

    /** {@code ^SK[0-9a-fA-F]{32}$}. */
    public static boolean isApiKeySid(String value) {
        return hasForm(value, 'S', 'K');
    }

    private static boolean hasForm(String value, char first, char second) {
        if (value == null || value.length() != LENGTH || value.charAt(0) != first || value.charAt(1) != second) {
            return false;
        }
        for (int i = 2; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }
}
