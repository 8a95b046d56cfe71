package dev.csmock.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmock.config.MockConfig;
import dev.csmock.errors.MockException;
import dev.csmock.faults.model.FaultRuleSpec;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The start-up state: the configured credentials, then {@code MOCK_SEED_FILE} and
 * {@code MOCK_FAULTS_FILE}, read and checked once when the application starts (an invalid file
 * stops the start with a message naming the variable) and kept in memory, so that a reset gives
 * exactly the state the mock started with, whatever happened to the files since.
 */
@ApplicationScoped
public class StartupState {

    private final Snapshots snapshots;
    private final ObjectMapper json;
    private final Optional<String> seedFile;
    private final Optional<String> faultsFile;
    private volatile Snapshot startup = Snapshot.EMPTY;

    public StartupState(Snapshots snapshots, ObjectMapper json, MockConfig config) {
        this.snapshots = snapshots;
        this.json = json;
        this.seedFile = config.seedFile().filter(file -> !file.isBlank());
        this.faultsFile = config.faults().file().filter(file -> !file.isBlank());
    }

    void load(@Observes StartupEvent event) {
        Snapshot seed = seedFile.map(file -> read(file, "MOCK_SEED_FILE", new TypeReference<Snapshot>() { }))
                .orElse(Snapshot.EMPTY);
        List<FaultRuleSpec> rules = faultsFile
                .map(file -> read(file, "MOCK_FAULTS_FILE", new TypeReference<List<FaultRuleSpec>>() { }))
                .orElse(List.of());
        List<FaultRuleSpec> all = new ArrayList<>(seed.faultsOrEmpty());
        all.addAll(rules);
        Snapshot loaded = new Snapshot(seed.accounts(), all, seed.credentials());
        try {
            snapshots.reset(loaded);
        } catch (MockException e) {
            throw new IllegalStateException("Invalid start-up files (MOCK_SEED_FILE=" + seedFile.orElse("none")
                    + ", MOCK_FAULTS_FILE=" + faultsFile.orElse("none") + "): " + e.getMessage() + ": "
                    + e.details(), e);
        }
        startup = loaded;
    }

    /** Back to the start-up state kept in memory; the journal is cleared. */
    public void reset() {
        snapshots.reset(startup);
    }

    private <T> T read(String file, String setting, TypeReference<T> type) {
        try {
            T value = json.readValue(Files.readString(Path.of(file)), type);
            if (value == null) {
                throw new IllegalStateException(setting + " " + file + " is empty (JSON null)");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Invalid JSON in " + setting + " " + file + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + setting + " " + file + ": " + e, e);
        }
    }
}
