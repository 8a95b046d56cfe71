package dev.csmock.api;

import java.util.function.BooleanSupplier;
import dev.csmock.settings.SettingsKind;

/**
 * A request that passed authentication and routing: the account it acts on, the SID it
 * authenticated as, the resource, the method, and for a POST its Content-Type and raw body;
 * {@code wanted} turns false once its client has gone or a reset overtook it, and a write checks it
 * inside the store's atomic update.
 */
public record TwilioRequest(String account, String username, SettingsKind kind, String method, String contentType,
        byte[] body, BooleanSupplier wanted) {

    /** A request whose effects are always wanted. */
    public TwilioRequest(String account, String username, SettingsKind kind, String method, String contentType,
            byte[] body) {
        this(account, username, kind, method, contentType, body, () -> true);
    }

    public boolean isPost() {
        return "POST".equals(method);
    }

    /** The same request as a read: what a replacing fault's body is made from, without side effects. */
    public TwilioRequest asRead() {
        return new TwilioRequest(account, username, kind, "GET", null, null, wanted);
    }
}
