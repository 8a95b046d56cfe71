package dev.csmock.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where the server's application lies for a mock run as a child JVM: the directory holding
 * {@code quarkus-run.jar} (Quarkus' fast-jar). Found, in this order, from {@code csmock.server.dir}
 * (such a directory, e.g. the server build's {@code target/quarkus-app}), {@code csmock.server.zip},
 * or the server's Maven artifact {@code dev.csmock:composition-settings-mock:<version>:zip:quarkus-app}
 * in the local Maven repository ({@code csmock.maven.repo}, {@code maven.repo.local}, or
 * {@code ~/.m2/repository}), which {@code ./mvnw install} puts there. A zip is unpacked once per
 * content into the temporary directory and reused by later runs.
 */
final class ServerDistribution {

    static final String SERVER_DIR = "csmock.server.dir";
    static final String SERVER_ZIP = "csmock.server.zip";
    static final String MAVEN_REPO = "csmock.maven.repo";
    static final String ARTIFACT = "composition-settings-mock";
    static final String CLASSIFIER = "quarkus-app";

    private ServerDistribution() {
    }

    /** The directory holding {@code quarkus-run.jar}, or why there is none. */
    static Located locate(Function<String, Optional<String>> configuration) {
        Optional<String> dir = configuration.apply(SERVER_DIR).filter(value -> !value.isBlank());
        if (dir.isPresent()) {
            Path path = Path.of(dir.get());
            return Files.isRegularFile(path.resolve("quarkus-run.jar")) ? Located.at(path)
                    : Located.missing(SERVER_DIR + "=" + path.toAbsolutePath() + " holds no quarkus-run.jar");
        }
        Optional<String> zip = configuration.apply(SERVER_ZIP).filter(value -> !value.isBlank());
        Path archive = zip.map(Path::of).orElseGet(() -> artifact(configuration));
        if (!Files.isRegularFile(archive)) {
            return Located.missing("the server's artifact " + archive.toAbsolutePath() + " is not there (./mvnw install in the"
                    + " mock's repository puts it there; or set " + SERVER_DIR + " to its target/quarkus-app)");
        }
        return Located.at(unpacked(archive));
    }

    /** The artifact's path in the local Maven repository. */
    static Path artifact(Function<String, Optional<String>> configuration) {
        Path repository = configuration.apply(MAVEN_REPO).or(() -> Optional.ofNullable(System.getProperty("maven.repo.local")))
                .filter(value -> !value.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".m2", "repository"));
        String version = CompositionSettingsMockContainer.VERSION;
        return repository.resolve(Path.of("dev", "csmock", ARTIFACT, version, ARTIFACT + "-" + version + "-" + CLASSIFIER + ".zip"));
    }

    /** The zip unpacked into {@code <tmp>/csmock-server-<version>-<size>-<modified>}, once. */
    private static Path unpacked(Path archive) {
        try {
            String key = CompositionSettingsMockContainer.VERSION + "-" + Files.size(archive) + "-"
                    + Files.getLastModifiedTime(archive).toMillis();
            Path target = Path.of(System.getProperty("java.io.tmpdir"), "csmock-server-" + key);
            if (Files.isRegularFile(target.resolve("quarkus-run.jar"))) {
                return target;
            }
            Path partial = Files.createTempDirectory(target.getParent(), "csmock-server-unpacking-");
            unzip(archive, partial);
            Path root = Files.isRegularFile(partial.resolve("quarkus-run.jar")) ? partial : partial.resolve(CLASSIFIER);
            try {
                Files.move(root, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
                // another run unpacked it meanwhile: use theirs
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the server's artifact " + archive, e);
        }
    }

    private static void unzip(Path archive, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException("an entry of " + archive + " points outside it: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The application's directory, or why it was not found. */
    record Located(Path directory, String problem) {
        static Located at(Path directory) {
            return new Located(directory, null);
        }

        static Located missing(String problem) {
            return new Located(null, problem);
        }

        Optional<Path> found() {
            return Optional.ofNullable(directory);
        }
    }
}
