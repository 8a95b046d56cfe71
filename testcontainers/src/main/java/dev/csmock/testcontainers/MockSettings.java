package dev.csmock.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The start-up settings of one mock, as {@link WithCompositionSettingsMock} and
 * {@link CompositionSettingsMockExtension#newInstance()} give them (SPEC §8.1). Equal settings
 * mean one shared mock per run; {@code isolated} gives a test class a mock of its own. A null field
 * is the mock's default. Seed and faults are class-path resources, read when the mock starts.
 *
 * @param image            the image (Docker runner); null: {@link CompositionSettingsMockContainer#DEFAULT_IMAGE} or {@code csmock.image}
 * @param seedResource     a snapshot JSON on the class path, loaded at start-up and on reset ({@code MOCK_SEED_FILE})
 * @param faultsResource   a JSON array of fault rules on the class path, installed at start-up and on reset
 * @param authMode         {@code lenient} (the mock's default), {@code strict} or {@code off}
 * @param credentials      known credentials, {@code ACsid:token} or {@code SKsid:secret:ACsid}
 * @param adminToken       the admin token every admin call then needs
 * @param latency          a fixed latency added to every answer of the Twilio routes
 * @param journalMaxEntries how many requests the journal keeps (verification sees only those)
 * @param settings         any other start-up setting, by its property name ({@code mock.settings.post-semantics})
 * @param runner           how the mock runs: in a container, in a child JVM, or whichever can run here
 * @param isolated         a mock of the class's own, stopped after the class, on which every admin operation is allowed
 */
public record MockSettings(String image, String seedResource, String faultsResource, String authMode, List<String> credentials,
        String adminToken, Duration latency, Integer journalMaxEntries, Map<String, String> settings, Runner runner,
        boolean isolated) {

    /** How a mock runs. */
    public enum Runner {
        /** {@code csmock.runner} when it is set, {@link #AUTO} otherwise. */
        DEFAULT,
        /** In a container when a Docker engine answers and the image is there; otherwise in a child JVM (said in the log). */
        AUTO,
        /** In a container ({@link CompositionSettingsMockContainer}). */
        DOCKER,
        /** In a child JVM started from the server's Maven artifact ({@code csmock.server.*} says where it is). */
        JVM
    }

    /** Environment variables of the mock's settings (as in {@code docs/configuration.md}). */
    static final String SEED_FILE = "MOCK_SEED_FILE";
    static final String FAULTS_FILE = "MOCK_FAULTS_FILE";
    static final String AUTH_MODE = "MOCK_AUTH_MODE";
    static final String AUTH_CREDENTIALS = "MOCK_AUTH_CREDENTIALS";
    static final String ADMIN_TOKEN = "MOCK_ADMIN_TOKEN";
    static final String LATENCY_MS = "MOCK_LATENCY_MS";
    static final String JOURNAL_MAX_ENTRIES = "MOCK_JOURNAL_MAX_ENTRIES";

    /** The mock's defaults. */
    public static final MockSettings DEFAULTS = new MockSettings(null, null, null, null, List.of(), null, null, null, Map.of(),
            Runner.DEFAULT, false);

    public MockSettings {
        credentials = List.copyOf(credentials == null ? List.of() : credentials);
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
        runner = runner == null ? Runner.DEFAULT : runner;
    }

    /** Whether these are the mock's defaults apart from the runner: a mock given by {@code csmock.url} can serve them. */
    boolean configuresNothing() {
        return withRunner(Runner.DEFAULT).equals(DEFAULTS);
    }

    MockSettings withRunner(Runner chosen) {
        return new MockSettings(image, seedResource, faultsResource, authMode, credentials, adminToken, latency,
                journalMaxEntries, settings, chosen, isolated);
    }

    /** The environment variables of every setting but the files. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        if (authMode != null) {
            environment.put(AUTH_MODE, authMode);
        }
        if (!credentials.isEmpty()) {
            environment.put(AUTH_CREDENTIALS, String.join(",", credentials));
        }
        if (adminToken != null) {
            environment.put(ADMIN_TOKEN, adminToken);
        }
        if (latency != null) {
            environment.put(LATENCY_MS, Long.toString(latency.toMillis()));
        }
        if (journalMaxEntries != null) {
            environment.put(JOURNAL_MAX_ENTRIES, Integer.toString(journalMaxEntries));
        }
        settings.forEach((name, value) -> environment.put(environmentName(name), value));
        return environment;
    }

    /** The files the mock reads at start-up: the environment variable naming each, and its content. */
    Map<String, String> files(ClassLoader loader) {
        Map<String, String> files = new LinkedHashMap<>();
        if (seedResource != null) {
            files.put(SEED_FILE, resource(loader, seedResource, "seed"));
        }
        if (faultsResource != null) {
            files.put(FAULTS_FILE, resource(loader, faultsResource, "faults"));
        }
        return files;
    }

    /** {@code mock.journal.max-entries} → {@code MOCK_JOURNAL_MAX_ENTRIES}; a name without a dot is kept. */
    static String environmentName(String name) {
        return name.contains(".") ? name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') : name;
    }

    /** What the settings say, for messages: {@code seed=seed.json, journalMaxEntries=5000}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (image != null) {
            parts.add("image=" + image);
        }
        if (seedResource != null) {
            parts.add("seed=" + seedResource);
        }
        if (faultsResource != null) {
            parts.add("faults=" + faultsResource);
        }
        if (authMode != null) {
            parts.add("authMode=" + authMode);
        }
        if (!credentials.isEmpty()) {
            parts.add("credentials=" + credentials.size());
        }
        if (adminToken != null) {
            parts.add("adminToken=***");
        }
        if (latency != null) {
            parts.add("latency=" + latency.toMillis() + "ms");
        }
        if (journalMaxEntries != null) {
            parts.add("journalMaxEntries=" + journalMaxEntries);
        }
        settings.forEach((name, value) -> parts.add(name + "=" + value));
        if (isolated) {
            parts.add("isolated");
        }
        return parts.isEmpty() ? "the defaults" : String.join(", ", parts);
    }

    private static String resource(ClassLoader loader, String name, String what) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("The " + what + " resource " + name + " is not on the test class path"
                        + " (put it under src/test/resources)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " resource " + name, e);
        }
    }
}
