package org.binder4j.aidl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic.Kind;
import org.binder4j.aidl.check.CompilationResult;
import org.binder4j.aidl.diag.Diagnostic;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.java.AidlToJava;
import org.binder4j.aidl.java.InMemoryJavac;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared conformance corpus ({@code <project root>/../shared/aidl-corpus}) against its {@code EXPECTED.md}: every
 * file to compile compiles with the flags named there, every file to reject is rejected for the stated reason (our
 * code for it, the quoted message, the stated {@code line.col-col}), and the {@code --structured} and
 * {@code --min_sdk_version 1} variants change the verdicts as stated. Skipped when the corpus is absent.
 */
class CorpusConformanceTest {
    /** Our code for each reject's reason; the location and the message come from EXPECTED.md. */
    private static final Map<String, DiagnosticCode> REASONS = Map.ofEntries(
            Map.entry("IOnewayReturn.aidl", DiagnosticCode.ONEWAY_RETURN_VALUE),
            Map.entry("IOnewayOut.aidl", DiagnosticCode.ONEWAY_OUT_PARAMETER),
            Map.entry("IUnknownType.aidl", DiagnosticCode.UNRESOLVED_TYPE),
            Map.entry("IDuplicateMethod.aidl", DiagnosticCode.DUPLICATE_METHOD),
            Map.entry("IOutPrimitive.aidl", DiagnosticCode.INVALID_DIRECTION),
            Map.entry("IInoutString.aidl", DiagnosticCode.INVALID_DIRECTION),
            Map.entry("LoopA.aidl", DiagnosticCode.RECURSIVE_PARCELABLE),
            Map.entry("LoopB.aidl", DiagnosticCode.RECURSIVE_PARCELABLE),
            Map.entry("IMissingDirection.aidl", DiagnosticCode.MISSING_DIRECTION),
            Map.entry("NullableInt.aidl", DiagnosticCode.NULLABLE_PRIMITIVE),
            Map.entry("IDuplicateIds.aidl", DiagnosticCode.DUPLICATE_METHOD_ID),
            Map.entry("ByteOverflow.aidl", DiagnosticCode.INVALID_CONSTANT_TYPE),
            Map.entry("EmptyUnion.aidl", DiagnosticCode.EMPTY_UNION),
            Map.entry("WrongName.aidl", DiagnosticCode.MISNAMED_FILE),
            Map.entry("IReservedName.aidl", DiagnosticCode.RESERVED_METHOD),
            Map.entry("ListOfInt.aidl", DiagnosticCode.PRIMITIVE_TYPE_ARGUMENT),
            Map.entry("ISyntaxError.aidl", DiagnosticCode.SYNTAX_ERROR));
    /** ByteOverflow's one defect is reported in two steps, as in AOSP. */
    private static final Map<String, Set<DiagnosticCode>> FOLLOW_UPS =
            Map.of("ByteOverflow.aidl", Set.of(DiagnosticCode.ENUMERATOR_OUT_OF_RANGE));
    /** EXPECTED.md: under --structured, ext/*, IRegistry and ILegacyCollections are rejected, and why. */
    private static final Map<String, DiagnosticCode> STRUCTURED_REJECTS = Map.of(
            "com/example/ext/Box.aidl", DiagnosticCode.UNSTRUCTURED_IN_STRUCTURED,
            "com/example/ext/Container.aidl", DiagnosticCode.UNSTRUCTURED_IN_STRUCTURED,
            "com/example/ext/LegacyBlob.aidl", DiagnosticCode.UNSTRUCTURED_IN_STRUCTURED,
            "com/example/svc/IRegistry.aidl", DiagnosticCode.UNSTRUCTURED_IN_STRUCTURED,
            "com/example/svc/ILegacyCollections.aidl", DiagnosticCode.UNTYPED_COLLECTION);
    /** EXPECTED.md: under the AOSP default SDK (1) Envelope and IDemoService are rejected, with these messages. */
    private static final Map<String, List<String>> SDK_1_REJECTS = Map.of(
            "com/example/types/Envelope.aidl",
            List.of(" ParcelableHolder is available since SDK = 31. Current min_sdk_version is 1."),
            "com/example/svc/IDemoService.aidl",
            List.of("Array of interfaces is available since SDK = 33 in Java. Current min_sdk_version is 1.",
                    "List of interfaces is available since SDK = 33 in Java. Current min_sdk_version is 1."));

    private static final Pattern ROW = Pattern.compile("^\\| *\\d+ *\\| *`([^`]+)`");
    private static final Pattern FLAGS = Pattern.compile("flags: `([^`]*)`");
    private static final Pattern VERDICT = Pattern.compile("(\\d+)\\.(\\d+)-(\\d+) `([^`]*)`");

    /** A file that must compile, with the flags EXPECTED.md names for it. */
    record Good(String path, List<String> flags) {
        @Override
        public String toString() {
            return path + (flags.isEmpty() ? "" : " " + flags);
        }
    }

    /** A file that must be rejected, where and with what message. */
    record Bad(String path, int line, int beginColumn, int endColumn, String message) {
        String fileName() {
            return Path.of(path).getFileName().toString();
        }

        @Override
        public String toString() {
            return path;
        }
    }

    private static Path corpus;
    private static List<Good> goods;
    private static List<Bad> bads;

    @BeforeAll
    static void readExpectations() throws IOException {
        corpus = Corpus.require();
        goods = new ArrayList<>();
        bads = new ArrayList<>();
        String section = "";
        for (String line : Files.readAllLines(corpus.resolve("EXPECTED.md"))) {
            if (line.startsWith("## ")) {
                section = line;
            }
            Matcher row = ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            if (section.startsWith("## A.")) {
                Matcher flags = FLAGS.matcher(line);
                goods.add(new Good(row.group(1), flags.find() ? List.of(flags.group(1).split(" ")) : List.of()));
            } else if (section.startsWith("## B.")) {
                Matcher verdict = VERDICT.matcher(line);
                assertTrue(verdict.find(), () -> "no line.col-col `message` in: " + line);
                bads.add(new Bad("com/example/" + row.group(1), Integer.parseInt(verdict.group(1)),
                        Integer.parseInt(verdict.group(2)), Integer.parseInt(verdict.group(3)), verdict.group(4)));
            }
        }
    }

    static Stream<Good> goods() {
        return goods.stream();
    }

    static Stream<Bad> bads() {
        return bads.stream();
    }

    private static CompilationResult compile(String path, List<String> flags, String... more) {
        List<String> args = new ArrayList<>(flags);
        args.addAll(List.of(more));
        return Corpus.compile(corpus, path, args);
    }

    @Test
    void expectedCoversTheWholeCorpus() throws IOException {
        assertEquals(23, goods.size(), goods::toString);
        assertEquals(17, bads.size(), bads::toString);
        Set<String> listed = new TreeSet<>();
        goods.forEach(g -> listed.add(g.path()));
        bads.forEach(b -> listed.add(b.path()));
        try (Stream<Path> files = Files.walk(corpus)) {
            Set<String> present = files.filter(f -> f.toString().endsWith(".aidl"))
                    .map(f -> corpus.relativize(f).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(present, listed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goods")
    void compiles(Good good) {
        CompilationResult result = compile(good.path(), good.flags(), "--min_sdk_version", "current");
        assertTrue(result.succeeded(), () -> good + ": " + result.diagnostics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bads")
    void isRejectedForTheStatedReason(Bad bad) {
        CompilationResult result = compile(bad.path(), List.of());
        assertTrue(!result.succeeded(), bad + " compiled");
        Diagnostic first = result.diagnostics().getFirst();
        assertEquals(REASONS.get(bad.fileName()), first.code(), first::toString);
        assertEquals(List.of(bad.line(), bad.beginColumn(), bad.line(), bad.endColumn()),
                List.of(first.location().beginLine(), first.location().beginColumn(), first.location().endLine(),
                        first.location().endColumn()), first::toString);
        assertTrue(first.message().contains(bad.message()), () -> first + " should say: " + bad.message());
        Set<DiagnosticCode> group = new TreeSet<>(FOLLOW_UPS.getOrDefault(bad.fileName(), Set.of()));
        group.add(first.code());
        assertTrue(result.diagnostics().stream().allMatch(d -> group.contains(d.code())),
                () -> "one defect, one diagnostic group: " + result.diagnostics());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goods")
    void structuredRejectsHandWrittenParcelablesAndUntypedCollections(Good good) {
        CompilationResult result = compile(good.path(), good.flags(), "--structured");
        DiagnosticCode expected = STRUCTURED_REJECTS.get(good.path());
        if (expected == null) {
            assertTrue(result.succeeded(), () -> good + " under --structured: " + result.diagnostics());
        } else {
            assertTrue(!result.succeeded(), good + " compiled under --structured");
            assertEquals(expected, result.diagnostics().getFirst().code(), result.diagnostics()::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goods")
    void sdk1RejectsInterfaceCollectionsAndParcelableHolder(Good good) {
        CompilationResult result = compile(good.path(), good.flags(), "--min_sdk_version", "1");
        List<String> expected = SDK_1_REJECTS.get(good.path());
        if (expected == null) {
            assertTrue(result.succeeded(), () -> good + " at SDK 1: " + result.diagnostics());
        } else {
            assertEquals(expected, result.diagnostics().stream().map(Diagnostic::message).toList());
            assertTrue(result.diagnostics().stream().allMatch(d -> d.code() == DiagnosticCode.MIN_SDK_TOO_LOW));
        }
    }

    /**
     * The Java of every file to compile, compiled together (they refer to each other) against the runtime, with
     * stand-ins for the hand-written classes of the unstructured parcelables, as their users would write them.
     */
    @Test
    void generatedJavaCompilesAgainstTheRuntime() {
        AidlToJava java = new AidlToJava(corpus);
        for (Good good : goods) {
            List<String> flags = new ArrayList<>(good.flags());
            flags.addAll(List.of("--lang=java", "--min_sdk_version", "current"));
            java.add(good.path(), flags.toArray(String[]::new));
        }
        Map<String, String> sources = new TreeMap<>(java.sources());
        assertEquals(20, sources.size(), "one file per structured top-level type: " + sources.keySet());
        sources.putAll(HAND_WRITTEN_PARCELABLES);
        InMemoryJavac.Result result = InMemoryJavac.compile(sources, "-Xlint:all,-rawtypes");
        assertTrue(result.succeeded(), () -> String.join("\n", result.messages(Kind.ERROR)));
        assertEquals(List.of(), result.messages(Kind.WARNING));
    }

    /** The classes behind ext/LegacyBlob, ext/Container and ext/Box, which AIDL only declares. */
    private static final Map<String, String> HAND_WRITTEN_PARCELABLES = Map.of(
            "com/example/ext/LegacyBlob.java", handWritten("LegacyBlob", ""),
            "com/example/ext/Box.java", handWritten("Box<T>", ""),
            "com/example/ext/Container.java", """
                    package com.example.ext;

                    public class Container {
                        %s
                        %s
                    }
                    """.formatted(nested("Entry"), nested("Meta")));

    private static String handWritten(String name, String modifiers) {
        String raw = name.replaceAll("<.*>", "");
        return """
                package com.example.ext;

                public %sclass %s implements org.binder4j.Parcelable {
                    @SuppressWarnings("rawtypes")
                    public static final Creator<%s> CREATOR = Creator.of(%s::new, %s::readFromParcel, %s[]::new);

                    @Override
                    public void writeToParcel(org.binder4j.Parcel dest, int flags) {}

                    public void readFromParcel(org.binder4j.Parcel source) {}
                }
                """.formatted(modifiers, name, raw, raw, raw, raw);
    }

    private static String nested(String name) {
        return handWritten(name, "static ").replace("package com.example.ext;", "");
    }

    @Test
    void vintfInfoNeedsItsFlags() {
        CompilationResult result = compile("com/example/types/VintfInfo.aidl", List.of());
        assertEquals(List.of("Must compile @VintfStability type w/ aidl_interface 'stability: \"vintf\"'",
                "Must compile @VintfStability type w/ aidl_interface --structured"),
                result.diagnostics().stream().map(Diagnostic::message).toList());
    }
}
