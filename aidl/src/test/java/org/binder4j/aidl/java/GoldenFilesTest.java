package org.binder4j.aidl.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator's output for the AIDL files listed in {@code src/test/resources/golden/aidl/cases.txt}, compared
 * with the Java files under {@code src/test/resources/golden/java}. After a deliberate change to the generator,
 * regenerate the expected files and review the diff:
 * <pre>./build -o -q verify -pl aidl -am -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Daidl.updateGoldens=true</pre>
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden").toAbsolutePath();
    private static final Path INPUTS = GOLDEN.resolve("aidl");
    private static final Path EXPECTED = GOLDEN.resolve("java");
    private static final boolean UPDATE = Boolean.getBoolean("aidl.updateGoldens");

    /** One line of cases.txt. */
    record Case(String path, List<String> flags) {
        @Override
        public String toString() {
            return path + (flags.isEmpty() ? "" : " " + String.join(" ", flags));
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(INPUTS.resolve("cases.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> words = Arrays.asList(line.trim().split("\\s+"));
            cases.add(new Case(words.getFirst(), words.subList(1, words.size())));
        }
        return cases;
    }

    private static List<GeneratedFile> generate(Case c) {
        return new AidlToJava(INPUTS).generate(c.path(), c.flags().toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputMatchesTheGoldenFile(Case c) throws IOException {
        for (GeneratedFile file : generate(c)) {
            Path expected = EXPECTED.resolve(file.relativePath());
            if (UPDATE) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, file.content());
            }
            assertTrue(Files.isRegularFile(expected), () -> "no golden file " + expected
                    + "; generate it with -Daidl.updateGoldens=true");
            assertEquals(Files.readString(expected), file.content(), () -> c + " differs from " + expected);
        }
    }

    @Test
    void everyGoldenFileHasACase() throws IOException {
        List<String> generated = new ArrayList<>();
        for (Case c : cases()) {
            generate(c).forEach(f -> generated.add(f.relativePath()));
        }
        try (Stream<Path> files = Files.walk(EXPECTED)) {
            List<String> present = files.filter(Files::isRegularFile).map(f -> EXPECTED.relativize(f).toString())
                    .sorted().toList();
            assertEquals(present, generated.stream().sorted().toList(), "golden files without a case, or the reverse");
        }
    }

    @Test
    void theGoldenFilesCompileWithoutWarnings() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        for (Case c : cases()) {
            generate(c).forEach(f -> sources.put(f.relativePath(), f.content()));
        }
        InMemoryJavac.Result result = InMemoryJavac.compile(sources, "-Xlint:all,-rawtypes");
        assertTrue(result.succeeded(), () -> String.join("\n", result.messages(Diagnostic.Kind.ERROR)));
        List<String> warnings = new ArrayList<>(result.messages(Diagnostic.Kind.WARNING));
        warnings.addAll(result.messages(Diagnostic.Kind.MANDATORY_WARNING));
        assertEquals(List.of(), warnings);
    }

    @Test
    void generationIsDeterministic() throws IOException {
        for (Case c : cases()) {
            assertEquals(generate(c), generate(c), c::toString);
        }
    }
}
