package dev.csmock.testcontainers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class with the {@link CompositionSettingsMockExtension}: a mock per run for every
 * class with the same settings, a fresh {@code MockAccount} for each test that asks for one (SPEC
 * §8, §8.1). Every attribute is optional; the defaults are the mock's.
 *
 * <pre>{@code
 * @WithCompositionSettingsMock(seed = "seed.json", journalMaxEntries = 5_000)
 * class ArchiveTest {
 *     @Test
 *     void archives(MockAccount account) { ... }
 * }
 * }</pre>
 *
 * Classes with equal settings share one mock; on a shared mock the injected {@code MockAdmin}
 * refuses what reaches every account (reset, restore, rules for every account, clearing every
 * account's requests, moving the clock). {@link #isolated()} gives the class a mock of its own,
 * stopped after it, on which everything is allowed.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CompositionSettingsMockExtension.class)
public @interface WithCompositionSettingsMock {

    /** The image to start (Docker runner); empty: {@code csmock.image}, or the default image of this version. */
    String image() default "";

    /** A snapshot (settings, rules, credentials) on the test class path, loaded at start-up and on reset. */
    String seed() default "";

    /** A JSON array of fault rules on the test class path, installed at start-up and on reset. */
    String faults() default "";

    /** {@code lenient} (the mock's default), {@code strict} or {@code off}. */
    String authMode() default "";

    /** Known credentials: {@code ACsid:token} and {@code SKsid:secret:ACsid}. */
    String[] credentials() default {};

    /** An admin token: every admin call then needs it; the injected clients send it. */
    String adminToken() default "";

    /** A fixed latency in milliseconds added to every answer of the Twilio routes; 0: none. */
    long latencyMs() default 0;

    /** How many requests the journal keeps (verification sees only those); 0: the mock's default (1,000). */
    int journalMaxEntries() default 0;

    /** Any other start-up setting, {@code "mock.settings.post-semantics=replace"} (docs/configuration.md). */
    String[] settings() default {};

    /** How the mock runs: in a container, in a child JVM, or whichever can run here ({@code csmock.runner}). */
    MockSettings.Runner runner() default MockSettings.Runner.DEFAULT;

    /** A mock of this class's own, stopped after it: every admin operation is then allowed. */
    boolean isolated() default false;
}
