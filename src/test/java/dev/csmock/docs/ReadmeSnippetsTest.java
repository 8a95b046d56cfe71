package dev.csmock.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the README is a whole test class of the example consumer project
 * ({@code examples/java-consumer}), which the build compiles and runs: a snippet that stops
 * working when pasted fails the build, and one edited in the README alone fails this test.
 */
class ReadmeSnippetsTest {

    private static final Path EXAMPLE_TESTS = Path.of("examples", "java-consumer", "src", "test", "java");

    @Test
    void everyJavaSnippetOfTheReadmeIsATestOfTheExampleProject() throws IOException {
        List<String> snippets = new ArrayList<>();
        Matcher java = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("README.md")));
        while (java.find()) {
            snippets.add(java.group(1));
        }
        assertFalse(snippets.isEmpty(), "the README has no Java snippet");
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EXAMPLE_TESTS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.add(normalised(Files.readString(file)));
            }
        }
        for (String snippet : snippets) {
            String wanted = normalised(snippet);
            assertTrue(sources.stream().anyMatch(source -> source.endsWith(wanted)),
                    () -> "this README snippet is not a test of " + EXAMPLE_TESTS + " (copy it there, or fix it):\n" + snippet);
        }
    }

    private static String normalised(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }
}
