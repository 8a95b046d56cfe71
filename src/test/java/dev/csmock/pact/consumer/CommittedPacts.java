package dev.csmock.pact.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the committed contracts honest: the consumer tests write their pacts to {@code target/pacts}
 * ({@code pact.rootDir}), and after each consumer class this compares them with {@code pacts/}
 * ({@code pact.committedDir}). A difference fails the build with what to do; {@code -Dpact.update=true}
 * copies the new contracts over the committed ones instead. Register it before
 * {@code PactConsumerTestExt}, so that it runs after the pacts are written.
 */
public class CommittedPacts implements AfterAllCallback {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Path written = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
        Path committed = Path.of(System.getProperty("pact.committedDir", "pacts"));
        boolean update = Boolean.getBoolean("pact.update");
        List<Path> contracts;
        try (Stream<Path> files = Files.list(written)) {
            contracts = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        for (Path contract : contracts) {
            Path target = committed.resolve(contract.getFileName());
            if (update) {
                Files.createDirectories(committed);
                Files.copy(contract, target, StandardCopyOption.REPLACE_EXISTING);
            } else if (!Files.exists(target) || !same(contract, target)) {
                throw new AssertionError("The consumer tests wrote a contract that differs from the committed "
                        + target + " (new version: " + contract + "). If the change is intended, run"
                        + " ./mvnw verify -Dpact.update=true and commit " + committed + "/.");
            }
        }
    }

    private static boolean same(Path a, Path b) throws IOException {
        JsonNode first = JSON.readTree(a.toFile());
        JsonNode second = JSON.readTree(b.toFile());
        return first.equals(second);
    }
}
