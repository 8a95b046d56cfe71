package dev.csmock.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Every switch of the mock, as {@code mock.*} properties. Each one also has an environment form
 * ({@code mock.auth.mode} is {@code MOCK_AUTH_MODE}); the README lists them with their defaults.
 */
@ConfigMapping(prefix = "mock")
public interface MockConfig {

    Auth auth();

    Settings settings();

    Store store();

    Faults faults();

    Journal journal();

    Admin admin();

    /** A snapshot (settings, rules, credentials) loaded at start-up and on reset ({@code MOCK_SEED_FILE}). */
    Optional<String> seedFile();

    /** A fixed latency in ms added to every response on the Twilio routes, before any rule's delay. */
    @WithDefault("0")
    long latencyMs();

    interface Auth {
        /** {@code lenient}, {@code strict} or {@code off}. */
        @WithDefault("lenient")
        AuthMode mode();

        /**
         * Credentials known at start-up, comma-separated: {@code ACsid:token} for accounts and
         * {@code SKsid:secret:ACsid} for API keys.
         */
        Optional<String> credentials();

        /** The account used in {@code off} mode when a request carries no usable Basic credentials. */
        @WithDefault("AC00000000000000000000000000000000")
        String defaultAccount();
    }

    interface Settings {
        /** {@code merge}: omitted fields keep their value; {@code replace}: omitted fields are reset. */
        @WithDefault("merge")
        PostSemantics postSemantics();

        /** What an account that never posted sees: {@code default} settings or {@code not-found}. */
        @WithDefault("default")
        Unconfigured unconfigured();

        /** Whether enabling storage/encryption requires the URL, credentials and key SIDs. */
        @WithDefault("true")
        boolean crossFieldRules();

        /** The largest accepted POST body, in bytes. */
        @WithDefault("65536")
        int maxBodyBytes();
    }

    interface Store {
        /** The most accounts the store keeps settings for; new accounts beyond it are refused. */
        @WithDefault("100000")
        int maxAccounts();

        /** The most characters of settings the store keeps in all (names, URLs, SIDs); beyond it writes are refused. */
        @WithDefault("33554432")
        long maxChars();
    }

    interface Faults {
        /** A JSON array of fault rules installed at start-up and on reset ({@code MOCK_FAULTS_FILE}). */
        Optional<String> file();
    }

    interface Journal {
        /** How many requests the journal keeps; older ones are dropped. */
        @WithDefault("1000")
        int maxEntries();

        /** How many bytes of each request body the journal keeps; a longer body is kept in part and marked truncated. */
        @WithDefault("8192")
        int maxBodyBytes();
    }

    interface Admin {
        /** When set, every {@code /__admin} call needs {@code Authorization: Bearer <token>}. */
        Optional<String> token();

        /**
         * Web origins (e.g. {@code https://tools.example.com}) whose pages may call the admin API besides
         * the mock's own; a call with any other {@code Origin} header is refused (403).
         */
        Optional<List<String>> allowedOrigins();
    }

    enum AuthMode {
        LENIENT, STRICT, OFF
    }

    enum PostSemantics {
        MERGE, REPLACE
    }

    enum Unconfigured {
        DEFAULT, NOT_FOUND
    }
}
