package dev.csmock.accounts;

import java.util.regex.Pattern;

/** Twilio SID formats used for authentication. */
public final class Sids {

    private static final Pattern ACCOUNT = Pattern.compile("^AC[0-9a-fA-F]{32}$");
    private static final Pattern API_KEY = Pattern.compile("^SK[0-9a-fA-F]{32}$");

    private Sids() {
    }

    public static boolean isAccountSid(String value) {
        return value != null && ACCOUNT.matcher(value).matches();
    }

    public static boolean isApiKeySid(String value) {
        return value != null && API_KEY.matcher(value).matches();
    }
}
