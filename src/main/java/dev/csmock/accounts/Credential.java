package dev.csmock.accounts;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A known credential: an Account SID with its auth token, or an API key SID with its secret and
 * the account it belongs to. Serialised with its password only in snapshots; the credentials
 * listing and the journal never show it.
 */
@RegisterForReflection
public record Credential(String username, String password, String account) {

    public Credential {
        if (Sids.isAccountSid(username)) {
            if (account != null && !account.equals(username)) {
                throw new IllegalArgumentException("an Account SID credential belongs to itself, not to " + account);
            }
            account = username;
        } else if (Sids.isApiKeySid(username)) {
            if (!Sids.isAccountSid(account)) {
                throw new IllegalArgumentException("API key " + username + " needs the Account SID it belongs to");
            }
        } else {
            throw new IllegalArgumentException("username must be an Account SID (AC…) or an API key SID (SK…): " + username);
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the password of " + username + " must not be empty");
        }
    }

    /** Parses {@code ACsid:token} or {@code SKsid:secret:ACsid}. */
    public static Credential parse(String entry) {
        String[] parts = entry.trim().split(":", -1);
        if (parts.length == 2) {
            return new Credential(parts[0], parts[1], null);
        }
        if (parts.length == 3) {
            return new Credential(parts[0], parts[1], parts[2]);
        }
        throw new IllegalArgumentException("a credential is ACsid:token or SKsid:secret:ACsid, not '" + entry.trim() + "'");
    }

    public boolean matches(String candidate) {
        return MessageDigest.isEqual(
                password.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
