package org.binder4j.aidl.java;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory with the JDK's compiler, against the binder4j runtime and the test classes, and
 * loads the result in a class loader of its own (so that two versions of one generated class can coexist).
 */
public final class InMemoryJavac {
    /** Classes whose locations make up the classpath: the runtime and what it needs, the tests, JUnit. */
    private static final List<String> CLASSPATH_CLASSES = List.of("org.binder4j.Parcel", "org.binder4j.sys.Fds",
            "org.binder4j.protocol.FlatObjectDescriptor", "org.binder4j.driver.inprocess.InProcessDriver",
            "org.binder4j.servicemanager.ServiceManagerHost", "org.binder4j.aidl.java.InMemoryJavac",
            "org.junit.jupiter.api.Assertions", "org.opentest4j.AssertionFailedError");

    private InMemoryJavac() {}

    /** The outcome of one compilation: javac's diagnostics, and the classes if there was no error. */
    public record Result(List<Diagnostic<? extends JavaFileObject>> diagnostics, ClassLoader loader) {
        public boolean succeeded() {
            return loader != null;
        }

        /** The diagnostics of {@code kind}, each as {@code path:line: message}. */
        public List<String> messages(Diagnostic.Kind kind) {
            return diagnostics.stream().filter(d -> d.getKind() == kind).map(InMemoryJavac::format).toList();
        }
    }

    /** Compiles {@code sources} (path → text) with {@code options}; fails the calling test on a compile error. */
    public static ClassLoader compileOrFail(Map<String, String> sources, String... options) {
        Result result = compile(sources, options);
        if (!result.succeeded()) {
            fail("the sources do not compile:\n" + String.join("\n", result.messages(Diagnostic.Kind.ERROR)));
        }
        return result.loader();
    }

    /** Compiles {@code sources} (path → text) with {@code options}. */
    public static Result compile(Map<String, String> sources, String... options) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        List<JavaFileObject> units = sources.entrySet().stream()
                .map(e -> (JavaFileObject) new Source(e.getKey(), e.getValue()))
                .toList();
        List<String> arguments = new ArrayList<>(List.of("-classpath", classpath(), "-proc:none"));
        arguments.addAll(List.of(options));
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, null);
                JavaFileManager files = new ClassesInMemory(standard, classes)) {
            boolean compiled = compiler.getTask(null, files, diagnostics, arguments, null, units).call();
            return new Result(diagnostics.getDiagnostics(), compiled ? new Loader(classes) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String name : CLASSPATH_CLASSES) {
            try {
                Class<?> type = Class.forName(name, false, InMemoryJavac.class.getClassLoader());
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (ClassNotFoundException | URISyntaxException e) {
                throw new IllegalStateException("cannot locate " + name + " for the classpath", e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String format(Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":"
                + diagnostic.getLineNumber() + ": ";
        return where + diagnostic.getMessage(null);
    }

    /** A source file held as a string. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String path, String text) {
            super(URI.create("string:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    /** Sends class files to memory. */
    private static final class ClassesInMemory extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes;

        ClassesInMemory(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> classes) {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                    kind) {
                @Override
                public OutputStream openOutputStream() {
                    return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
                }
            };
        }
    }

    /** Defines the compiled classes; everything else comes from the test's class loader. */
    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(Map<String, ByteArrayOutputStream> compiled) {
            super(InMemoryJavac.class.getClassLoader());
            this.classes = compiled.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toByteArray()));
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
