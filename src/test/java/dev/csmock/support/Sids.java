package dev.csmock.support;

import java.util.UUID;

/** Random SIDs, so that every test works on accounts of its own. */
public final class Sids {

    private Sids() {
    }

    public static String account() {
        return "AC" + hex32();
    }

    public static String apiKey() {
        return "SK" + hex32();
    }

    public static String credential() {
        return "CR" + hex32();
    }

    private static String hex32() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
