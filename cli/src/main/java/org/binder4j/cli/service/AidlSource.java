package org.binder4j.cli.service;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.binder4j.aidl.check.CompilationResult;
import org.binder4j.aidl.check.FrontEnd;
import org.binder4j.aidl.check.FrontEndOptions;
import org.binder4j.aidl.diag.Diagnostic;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.InterfaceDeclaration;
import org.binder4j.cli.support.CommandFailure;

/**
 * Where {@code service call NAME METHOD} finds a service's AIDL: the file {@code --aidl} names, else the file the
 * service's descriptor names ({@code com.example.IFoo} is {@code com/example/IFoo.aidl}) under the {@code -I}
 * directories and then those of {@value #PATH_ENV} (colon-separated); both kinds of directory are also where its
 * imports are looked up. The file is checked by the AIDL compiler's front end.
 */
final class AidlSource {
    /** The environment variable listing AIDL include directories. */
    static final String PATH_ENV = "BINDER4J_AIDL_PATH";

    /** An interface and the model it was declared in (for the types it uses). */
    record AidlInterface(AidlModel model, InterfaceDeclaration declaration) {}

    private final Optional<Path> file;
    private final List<Path> includeDirs;

    /**
     * @param file {@code --aidl}, if given
     * @param includeDirs the {@code -I} directories
     * @param pathEnv the value of {@value #PATH_ENV}, or null
     */
    AidlSource(Optional<Path> file, List<Path> includeDirs, String pathEnv) {
        this.file = file;
        List<Path> dirs = new ArrayList<>(includeDirs);
        if (pathEnv != null) {
            for (String dir : pathEnv.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        this.includeDirs = List.copyOf(dirs);
    }

    /** Whether there is anywhere to look. */
    boolean isGiven() {
        return file.isPresent() || !includeDirs.isEmpty();
    }

    /**
     * Loads the interface {@code descriptor} (the one the service {@code name} answers to); the compiler's
     * diagnostics go to {@code err} as it prints them.
     *
     * @throws CommandFailure when there is no such file, it is not valid AIDL, or it does not declare the interface
     */
    AidlInterface load(String name, String descriptor, PrintStream err) {
        Path source = file.orElseGet(() -> find(name, descriptor));
        if (!Files.isRegularFile(source)) {
            throw new CommandFailure("AIDL file " + source + " does not exist or is not a file");
        }
        FrontEndOptions options = new FrontEndOptions(includeDirs, false, FrontEndOptions.defaults().stability(),
                FrontEndOptions.defaults().version(), FrontEndOptions.defaults().hash(), FrontEndOptions.SDK_CURRENT);
        CompilationResult result = new FrontEnd(options).compile(source);
        result.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
        if (!result.succeeded()) {
            throw new CommandFailure(source + " is not valid AIDL (the compiler's errors are above)");
        }
        AidlModel model = result.model().orElseThrow();
        List<InterfaceDeclaration> interfaces = model.declarations().values().stream()
                .filter(InterfaceDeclaration.class::isInstance).map(InterfaceDeclaration.class::cast).toList();
        return interfaces.stream().filter(i -> i.descriptor().equals(descriptor)).findFirst()
                .map(i -> new AidlInterface(model, i))
                .orElseThrow(() -> new CommandFailure("service " + name + " implements " + descriptor + ", but " + source
                        + " declares " + (interfaces.isEmpty() ? "no interface" : interfaces.stream()
                                .map(InterfaceDeclaration::descriptor).sorted().collect(Collectors.joining(", ")))));
    }

    private Path find(String name, String descriptor) {
        String relative = descriptor.replace('.', '/') + ".aidl";
        return includeDirs.stream().map(dir -> dir.resolve(relative)).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new CommandFailure("no AIDL for service " + name + " (" + descriptor + "): "
                        + relative + " is in none of " + includeDirs.stream().map(Path::toString)
                                .collect(Collectors.joining(", "))
                        + "; give its file with --aidl FILE or its directory with -I DIR or " + PATH_ENV));
    }
}
