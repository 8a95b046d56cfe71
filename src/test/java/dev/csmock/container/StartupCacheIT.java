package dev.csmock.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;

/**
 * The image's start-up cache is used, and cannot be dropped silently: inside the running container,
 * a JVM started exactly as the image's entry point starts it, but with the cache required
 * ({@code -XX:AOTMode=on} on JDK 25, {@code -Xshare:on} on JDK 17), must start — it fails when the
 * class path or the JVM differ from the training run's. On JDK 25 (the aot-jar packaging) the
 * application's own classes must come from the cache, which the fast-jar's class loader would defeat.
 */
@ExtendWith(MockContainer.Shared.class)
class StartupCacheIT {

    private static final Pattern FROM_THE_CACHE = Pattern.compile("dev\\.csmock\\.\\S+ source: shared objects file");

    @Test
    void theEntryPointsJvmStartsWithTheCacheRequiredAndTakesTheApplicationFromIt(GenericContainer<?> mock) throws Exception {
        java.util.regex.Matcher version = Pattern.compile("version \"(\\d+)").matcher(
                mock.execInContainer("java", "-version").getStderr());
        assertTrue(version.find(), "java -version in the image");
        boolean aot = Integer.parseInt(version.group(1)) >= 25;
        String required = aot ? "-XX:AOTMode=on" : "-Xshare:on";

        // the health probe: a second JVM with the entry point's options and class path, asking the running mock
        ExecResult probe = mock.execInContainer("java", required, "@/deployments/run.options", "-Xlog:class+load=info",
                "-jar", "/deployments/quarkus-run.jar", "health");

        String output = probe.getStdout() + probe.getStderr();
        assertEquals(0, probe.getExitCode(), () -> "the JVM did not start with the cache required (" + required + "):\n"
                + tail(output));
        if (aot) {
            assertTrue(FROM_THE_CACHE.matcher(output).find(),
                    () -> "no class of the application came from the AOT cache: is the image on the fast-jar?\n" + tail(output));
        }
    }

    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
