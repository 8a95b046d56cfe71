package dev.csmock.accounts;

import dev.csmock.config.MockConfig;
import dev.csmock.config.MockConfig.AuthMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Turns an {@code Authorization} header into the account whose state a request reads and writes
 * (SPEC §1.2). An empty result means 401.
 */
@ApplicationScoped
public class Authenticator {

    private final AuthMode mode;
    private final String defaultAccount;
    private final CredentialStore credentials;

    public Authenticator(MockConfig config, CredentialStore credentials) {
        this.mode = config.auth().mode();
        this.defaultAccount = config.auth().defaultAccount();
        this.credentials = credentials;
        if (!Sids.isAccountSid(defaultAccount)) {
            throw new IllegalArgumentException(
                    "mock.auth.default-account (MOCK_AUTH_DEFAULT_ACCOUNT) must be an Account SID: " + defaultAccount);
        }
    }

    public Optional<Caller> authenticate(String authorization) {
        Optional<BasicCredentials> basic = BasicCredentials.parse(authorization);
        if (mode == AuthMode.OFF) {
            // no check, but the account is still the one the credentials name: an Account SID, or the
            // account a registered API key belongs to (SPEC §1.2); the default account otherwise
            return Optional.of(basic.flatMap(this::unchecked).orElseGet(() -> new Caller(defaultAccount, null)));
        }
        return basic.flatMap(this::check);
    }

    private Optional<Caller> unchecked(BasicCredentials basic) {
        String username = basic.username();
        if (Sids.isAccountSid(username)) {
            return Optional.of(new Caller(username, username));
        }
        return credentials.find(username).map(known -> new Caller(known.account(), username));
    }

    private Optional<Caller> check(BasicCredentials basic) {
        String username = basic.username();
        if (mode == AuthMode.LENIENT && Sids.isAccountSid(username)) {
            return Optional.of(new Caller(username, username));
        }
        return credentials.find(username)
                .filter(known -> known.matches(basic.password()))
                .map(known -> new Caller(known.account(), username));
    }

    /** The resolved caller: the account it acts on, and the SID it authenticated as (null in off mode). */
    public record Caller(String account, String username) {
    }

    /** A syntactically valid Basic header with a non-empty password. */
    record BasicCredentials(String username, String password) {

        static Optional<BasicCredentials> parse(String header) {
            if (header == null) {
                return Optional.empty();
            }
            String trimmed = header.trim();
            int space = trimmed.indexOf(' ');
            if (space < 0 || !trimmed.substring(0, space).equalsIgnoreCase("Basic")) {
                return Optional.empty();
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(trimmed.substring(space + 1).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String username = decoded.substring(0, colon);
            String password = decoded.substring(colon + 1);
            if (password.isEmpty() || !(Sids.isAccountSid(username) || Sids.isApiKeySid(username))) {
                return Optional.empty();
            }
            return Optional.of(new BasicCredentials(username, password));
        }
    }
}
