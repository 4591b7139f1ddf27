package org.binder4j.aidl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.aidl.check.CompilationResult;
import org.binder4j.aidl.check.FrontEnd;

/** The shared AIDL corpus at {@code <project root>/../shared/aidl-corpus}, compiled with its standard invocation. */
final class Corpus {
    private Corpus() {}

    /** The corpus directory; skips the calling test (with the reason) when it is absent. */
    static Path require() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir.getParent() != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path corpus = dir.resolve("../shared/aidl-corpus").normalize();
        boolean present = Files.isRegularFile(corpus.resolve("EXPECTED.md"));
        String absent = "no AIDL corpus at " + corpus
                + " (expected at <project root>/../shared/aidl-corpus); the corpus tests are skipped";
        if (!present) {
            // Surefire reports a class skipped in @BeforeAll as "Tests run: 0" without the reason: say it here.
            System.err.println(absent);
        }
        assumeTrue(present, absent);
        return corpus;
    }

    /** {@code aidl --lang=java -I corpus FLAGS corpus/path}. */
    static CompilationResult compile(Path corpus, String path, List<String> flags) {
        List<String> args = new ArrayList<>(flags);
        args.addAll(List.of("--lang=java", "-I", corpus.toString(), corpus.resolve(path).toString()));
        try {
            CompilerOptions options = CompilerOptions.parse(args.toArray(String[]::new));
            return new FrontEnd(options.frontEnd()).compile(options.inputFiles().getFirst());
        } catch (UsageException e) {
            throw new IllegalArgumentException(args + ": " + e.getMessage(), e);
        }
    }
}
