package org.binder4j.cli;

import java.io.PrintStream;
import org.binder4j.aidl.AidlCompiler;

/**
 * {@code binder4j aidl}: the AIDL compiler with AOSP's flags ({@code --lang=java}, {@code -I DIR}, {@code -o DIR},
 * {@code --structured}, {@code --stability vintf}, {@code --version N}, {@code --hash H}, files), writing Java for
 * the binder4j runtime. Exit status 0 when every file is valid and written, 1 otherwise.
 */
final class AidlCommand {
    private AidlCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        String[] effective = args.length == 0 ? new String[] {"--help"} : args;
        return new AidlCompiler("binder4j aidl", out, err).run(effective);
    }
}
