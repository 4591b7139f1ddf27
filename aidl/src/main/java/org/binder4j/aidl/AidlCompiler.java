package org.binder4j.aidl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.binder4j.aidl.check.CompilationResult;
import org.binder4j.aidl.check.FrontEnd;
import org.binder4j.aidl.diag.Diagnostic;

/**
 * The {@code aidl} command: parses AOSP-style options ({@link CompilerOptions#USAGE}), runs the {@link FrontEnd} on
 * each input file, prints every error as {@code ERROR: file:line.col-col: message}, and hands each valid model to
 * the {@link CodeGenerator} for the language, if one is installed. Exit status: 0 when every file is valid (and was
 * written), 1 otherwise, usage errors included.
 */
public final class AidlCompiler {
    private final PrintStream out;
    private final PrintStream err;
    private final List<CodeGenerator> generators;

    public AidlCompiler(PrintStream out, PrintStream err, List<CodeGenerator> generators) {
        this.out = out;
        this.err = err;
        this.generators = List.copyOf(generators);
    }

    public static void main(String[] args) {
        List<CodeGenerator> installed = ServiceLoader.load(CodeGenerator.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        System.exit(new AidlCompiler(System.out, System.err, installed).run(args));
    }

    /** Runs one command line; returns the exit status. */
    public int run(String... args) {
        CompilerOptions options;
        try {
            options = CompilerOptions.parse(args);
        } catch (UsageException e) {
            err.println("aidl: " + e.getMessage());
            err.println("Run 'aidl --help' for the options.");
            return 1;
        }
        if (options.help()) {
            out.print(CompilerOptions.USAGE);
            return 0;
        }
        Optional<CodeGenerator> generator = generators.stream()
                .filter(g -> g.language().equals(options.language()))
                .findFirst();
        if (generator.isEmpty() && options.outputDir().isPresent()) {
            err.println("NOTE: no code generator for --lang=" + options.language()
                    + " is installed; the input is checked and nothing is written.");
        }
        FrontEnd frontEnd = new FrontEnd(options.frontEnd());
        int status = 0;
        for (Path file : options.inputFiles()) {
            CompilationResult result = frontEnd.compile(file);
            result.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
            if (!result.succeeded()) {
                status = 1;
            } else if (generator.isPresent() && !generate(generator.get(), result, options)) {
                status = 1;
            }
        }
        return status;
    }

    private boolean generate(CodeGenerator generator, CompilationResult result, CompilerOptions options) {
        try {
            generator.generate(result.model().orElseThrow(), options);
            return true;
        } catch (IOException e) {
            err.println("ERROR: " + result.file() + ": could not write the generated code: " + e);
            return false;
        }
    }
}
