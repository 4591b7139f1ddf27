package org.binder4j.aidl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.binder4j.aidl.check.CompilationResult;
import org.binder4j.aidl.check.FrontEnd;
import org.binder4j.aidl.diag.Diagnostic;
import org.binder4j.aidl.java.JavaGenerator;

/**
 * The {@code aidl} command: parses AOSP-style options ({@link CompilerOptions#usage}), runs the {@link FrontEnd} on
 * each input file, prints every error as {@code ERROR: file:line.col-col: message}, and hands each valid model to
 * the {@link CodeGenerator} (the {@link JavaGenerator}), which writes under {@code -o}; without {@code -o} the files
 * are only checked. Exit status: 0 when every file is valid (and was written), 1 otherwise, usage errors included.
 */
public final class AidlCompiler {
    private final String command;
    private final PrintStream out;
    private final PrintStream err;
    private final CodeGenerator generator;

    /** The compiler with the Java backend; {@code command} is how messages name it ({@code aidl}). */
    public AidlCompiler(String command, PrintStream out, PrintStream err) {
        this(command, out, err, new JavaGenerator());
    }

    public AidlCompiler(String command, PrintStream out, PrintStream err, CodeGenerator generator) {
        this.command = command;
        this.out = out;
        this.err = err;
        this.generator = generator;
    }

    public static void main(String[] args) {
        System.exit(new AidlCompiler("aidl", System.out, System.err).run(args));
    }

    /** Runs one command line; returns the exit status. */
    public int run(String... args) {
        CompilerOptions options;
        try {
            options = CompilerOptions.parse(args);
        } catch (UsageException e) {
            err.println(command + ": " + e.getMessage());
            err.println("Run '" + command + " --help' for the options.");
            return 1;
        }
        if (options.help()) {
            out.print(CompilerOptions.usage(command));
            return 0;
        }
        FrontEnd frontEnd = new FrontEnd(options.frontEnd());
        int status = 0;
        for (Path file : options.inputFiles()) {
            CompilationResult result = frontEnd.compile(file);
            result.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
            if (!result.succeeded()) {
                status = 1;
            } else if (!generate(result, options)) {
                status = 1;
            }
        }
        return status;
    }

    private boolean generate(CompilationResult result, CompilerOptions options) {
        try {
            generator.generate(result.model().orElseThrow(), options);
            return true;
        } catch (IOException e) {
            err.println("ERROR: " + result.file() + ": could not write the generated code: " + e);
            return false;
        }
    }
}
