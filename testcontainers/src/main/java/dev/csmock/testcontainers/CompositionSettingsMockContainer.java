package dev.csmock.testcontainers;

import dev.csmock.client.Fault;
import dev.csmock.client.MockAdmin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.containers.wait.strategy.WaitStrategy;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The Composition Settings Mock as a Testcontainers container.
 *
 * <pre>{@code
 * try (CompositionSettingsMockContainer mock = new CompositionSettingsMockContainer()) {
 *     mock.start();
 *     MockAccount account = mock.admin().newAccount();
 *     // point the code under test at mock.getBaseUrl() with account.sid() / account.token()
 * }
 * }</pre>
 *
 * The default image is the one this version of the module goes with
 * ({@code composition-settings-mock:<version>}). Port 8080 is exposed and the container is ready
 * when {@code /q/health/ready} answers 200, unless the user chose other ports or another wait
 * strategy: those are kept as they are. Every start-up setting of the mock has a {@code with…}.
 */
public class CompositionSettingsMockContainer extends GenericContainer<CompositionSettingsMockContainer> {

    /** The port the mock listens on inside the container. */
    public static final int PORT = 8080;

    /** The version of this module, and so the tag of its default image. */
    public static final String VERSION = version();

    /** {@code composition-settings-mock:<version of this module>}. */
    public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("composition-settings-mock").withTag(VERSION);

    private static final String FILES = "/tmp/composition-settings-mock/";

    private boolean waitChosen;
    /** Files are to be copied into the container before it starts (seed, faults, or the user's own). */
    private boolean copiesFiles;
    private String adminToken;

    public CompositionSettingsMockContainer() {
        this(DEFAULT_IMAGE);
    }

    public CompositionSettingsMockContainer(String image) {
        this(DockerImageName.parse(image));
    }

    public CompositionSettingsMockContainer(DockerImageName image) {
        super(image);
    }

    @Override
    protected void configure() {
        if (!getExposedPorts().contains(PORT)) {
            addExposedPort(PORT);
        }
        if (!waitChosen) {
            super.waitingFor(Wait.forHttp("/q/health/ready").forPort(PORT).forStatusCode(200)
                    .withStartupTimeout(Duration.ofSeconds(60)));
        }
        if (copiesFiles || !getCopyToFileContainerPathMap().isEmpty()) {
            checkFilesCanBeCopied();
        }
    }

    @Override
    public CompositionSettingsMockContainer withCopyToContainer(Transferable transferable, String containerPath) {
        copiesFiles = true;
        return super.withCopyToContainer(transferable, containerPath);
    }

    /**
     * Fails at once, saying why, when the libraries on the class path cannot copy the seed or fault
     * files into the container: Testcontainers would copy them in a thread of its own, whose failure
     * leaves the files missing and the mock failing its start-up a minute later. Seen with
     * Testcontainers 2 beside the Twilio SDK, whose older commons-io Maven may choose.
     */
    private static void checkFilesCanBeCopied() {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(OutputStream.nullOutputStream())) {
            Transferable.of("{}").transferTo(tar, "check.json");
        } catch (LinkageError | IOException | RuntimeException e) {
            throw new IllegalStateException("Testcontainers cannot copy the seed or fault files into the container with the"
                    + " libraries on this class path (" + e + "). Testcontainers 2 needs commons-io 2.20 or later, and Maven"
                    + " may choose an older one (the Twilio SDK's 2.14): add commons-io:commons-io:2.20.0 to the test"
                    + " dependencies, or declare this module before the Twilio SDK", e);
        }
    }

    /** Another wait strategy than the readiness probe; the container keeps it. */
    @Override
    public CompositionSettingsMockContainer waitingFor(WaitStrategy waitStrategy) {
        waitChosen = true;
        return super.waitingFor(waitStrategy);
    }

    /** The mock's root URL, without a trailing slash: where the code under test sends its Twilio requests. */
    public String getBaseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    /** {@code getBaseUrl() + "/__admin"}. */
    public String getAdminUrl() {
        return getBaseUrl() + "/__admin";
    }

    /** A client of this container's admin API (with its admin token, when one is set). */
    public MockAdmin admin() {
        return MockAdmin.connect(getBaseUrl(), adminToken);
    }

    /** Any start-up setting, by its property name ({@code mock.journal.max-entries}) or environment name. */
    public CompositionSettingsMockContainer withSetting(String name, String value) {
        return withEnv(MockSettings.environmentName(name), value);
    }

    /** A snapshot (settings, rules, credentials; JSON) loaded at start-up and on reset ({@code MOCK_SEED_FILE}). */
    public CompositionSettingsMockContainer withSeed(String snapshotJson) {
        return withFile(MockSettings.SEED_FILE, snapshotJson);
    }

    public CompositionSettingsMockContainer withSeed(Path snapshotFile) {
        return withSeed(read(snapshotFile));
    }

    /** Fault rules (a JSON array) installed at start-up and on reset ({@code MOCK_FAULTS_FILE}). */
    public CompositionSettingsMockContainer withFaults(String rulesJson) {
        return withFile(MockSettings.FAULTS_FILE, rulesJson);
    }

    /** Fault rules for one account ({@code AC…} or {@code *}), installed at start-up and on reset. */
    public CompositionSettingsMockContainer withFaults(String account, Fault... faults) {
        return withFaults(Fault.toJsonArray(account, faults));
    }

    /** {@code lenient} (default), {@code strict} or {@code off}. */
    public CompositionSettingsMockContainer withAuthMode(String mode) {
        return withEnv(MockSettings.AUTH_MODE, mode);
    }

    /** Known credentials: {@code ACsid:token} and {@code SKsid:secret:ACsid}. */
    public CompositionSettingsMockContainer withCredentials(String... credentials) {
        return withEnv(MockSettings.AUTH_CREDENTIALS, String.join(",", credentials));
    }

    /** The account used in {@code off} mode when a request names none. */
    public CompositionSettingsMockContainer withDefaultAccount(String accountSid) {
        return withEnv("MOCK_AUTH_DEFAULT_ACCOUNT", accountSid);
    }

    /** Every admin call then needs {@code Authorization: Bearer <token>}; {@link #admin()} sends it. */
    public CompositionSettingsMockContainer withAdminToken(String token) {
        this.adminToken = token;
        return withEnv(MockSettings.ADMIN_TOKEN, token);
    }

    /** A fixed latency added to every answer of the Twilio routes. */
    public CompositionSettingsMockContainer withLatency(Duration latency) {
        return withEnv(MockSettings.LATENCY_MS, Long.toString(latency.toMillis()));
    }

    /** {@code merge} (default) or {@code replace}. */
    public CompositionSettingsMockContainer withPostSemantics(String semantics) {
        return withEnv("MOCK_SETTINGS_POST_SEMANTICS", semantics);
    }

    /** What an account that never posted gets: {@code default} (200) or {@code not-found} (404). */
    public CompositionSettingsMockContainer withUnconfigured(String answer) {
        return withEnv("MOCK_SETTINGS_UNCONFIGURED", answer);
    }

    public CompositionSettingsMockContainer withCrossFieldRules(boolean enabled) {
        return withEnv("MOCK_SETTINGS_CROSS_FIELD_RULES", Boolean.toString(enabled));
    }

    public CompositionSettingsMockContainer withMaxBodyBytes(int bytes) {
        return withEnv("MOCK_SETTINGS_MAX_BODY_BYTES", Integer.toString(bytes));
    }

    public CompositionSettingsMockContainer withMaxAccounts(int accounts) {
        return withEnv("MOCK_STORE_MAX_ACCOUNTS", Integer.toString(accounts));
    }

    /** How many requests the journal keeps (verification sees only those). */
    public CompositionSettingsMockContainer withJournalMaxEntries(int entries) {
        return withEnv(MockSettings.JOURNAL_MAX_ENTRIES, Integer.toString(entries));
    }

    public CompositionSettingsMockContainer withJournalMaxBodyBytes(int bytes) {
        return withEnv("MOCK_JOURNAL_MAX_BODY_BYTES", Integer.toString(bytes));
    }

    /** Every setting of {@code settings} (seed and faults read from the class path of {@code loader}). */
    public CompositionSettingsMockContainer withSettings(MockSettings settings, ClassLoader loader) {
        settings.files(loader).forEach(this::withFile);
        settings.environment().forEach(this::withEnv);
        if (settings.adminToken() != null) {
            adminToken = settings.adminToken();
        }
        return this;
    }

    /** A file the mock reads at start-up, copied into the container before it starts, named by {@code variable}. */
    private CompositionSettingsMockContainer withFile(String variable, String content) {
        String path = FILES + variable.toLowerCase(java.util.Locale.ROOT) + ".json";
        return withCopyToContainer(Transferable.of(content), path).withEnv(variable, path);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = CompositionSettingsMockContainer.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the module's jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
