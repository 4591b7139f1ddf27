package org.binder4j.aidl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.binder4j.aidl.check.FrontEndOptions;
import org.binder4j.aidl.model.Stability;

/**
 * A parsed command line, AOSP {@code aidl} style.
 *
 * @param language {@code --lang} ({@code java}, the only one, and the default)
 * @param frontEnd what the checks depend on
 * @param outputDir {@code -o DIR}
 * @param inputFiles the {@code .aidl} files, each compiled on its own
 * @param help {@code --help}
 */
public record CompilerOptions(String language, FrontEndOptions frontEnd, Optional<Path> outputDir,
        List<Path> inputFiles, boolean help) {
    private static final String OPTIONS = """
            Checks AIDL files and generates Java for the binder4j runtime.

              --lang=java               the language to generate (Java, the default and only one)
              -I DIR, -IDIR, --include=DIR
                                        look for imports under DIR (repeatable)
              -o DIR, --out=DIR         write generated files under DIR (without it, the files are only checked)
              --structured              stable AIDL: no hand-written parcelables, no untyped List/Map
              --stability vintf         every type must be @VintfStability (with --structured)
              --version N               add the getInterfaceVersion() meta transaction, answering N
              --hash HASH               add the getInterfaceHash() meta transaction, answering HASH
              --min_sdk_version LEVEL   the oldest Android SDK the code targets: a number, S, Tiramisu,
                                        current (the default) or platform_apis
              --help                    show this help

            Errors are printed as ERROR: FILE:LINE.COL-COL: MESSAGE; the exit status is 0 when every file is
            valid, 1 otherwise.
            """;

    private static final Map<String, Integer> SDK_CODE_NAMES = Map.of("S", FrontEndOptions.SDK_PARCELABLE_HOLDER,
            "Tiramisu", FrontEndOptions.SDK_INTERFACE_COLLECTIONS, "current", FrontEndOptions.SDK_CURRENT,
            "platform_apis", FrontEndOptions.SDK_CURRENT + 1);

    /** The help text, with {@code command} as the command's name in the synopsis and the example. */
    public static String usage(String command) {
        return "usage: " + command + " [OPTIONS] FILE.aidl...\n" + OPTIONS + "\nexample:\n  " + command
                + " --lang=java -I src/main/aidl -o target/generated-sources/aidl \\\n      "
                + "src/main/aidl/com/example/IService.aidl\n";
    }

    public CompilerOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(frontEnd, "frontEnd");
        Objects.requireNonNull(outputDir, "outputDir");
        inputFiles = List.copyOf(inputFiles);
    }

    /** Parses {@code args}; a wrong command line throws with a message saying what is wrong. */
    public static CompilerOptions parse(String... args) throws UsageException {
        return new Parsing(args, true).parse();
    }

    /**
     * Parses front-end flags alone ({@code -I}, {@code --structured}, {@code --stability}, {@code --version},
     * {@code --hash}, {@code --min_sdk_version}), for build tools that find the input files themselves.
     */
    public static FrontEndOptions parseFrontEnd(String... flags) throws UsageException {
        return new Parsing(flags, false).parse().frontEnd();
    }

    /** One pass over the arguments. */
    private static final class Parsing {
        private final String[] args;
        private int next;
        private String language = "java";
        private final List<Path> includeDirs = new ArrayList<>();
        private Optional<Path> outputDir = Optional.empty();
        private boolean structured;
        private Stability stability = Stability.UNSPECIFIED;
        private OptionalInt version = OptionalInt.empty();
        private Optional<String> hash = Optional.empty();
        private int minSdkVersion = FrontEndOptions.SDK_CURRENT;
        private final List<Path> inputFiles = new ArrayList<>();
        private boolean help;
        private final boolean inputsRequired;

        Parsing(String[] args, boolean inputsRequired) {
            this.args = args.clone();
            this.inputsRequired = inputsRequired;
        }

        CompilerOptions parse() throws UsageException {
            boolean optionsEnded = false;
            while (next < args.length) {
                String arg = args[next++];
                if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                    inputFiles.add(Path.of(arg));
                } else if (arg.equals("--")) {
                    optionsEnded = true;
                } else {
                    option(arg);
                }
            }
            if (inputsRequired && !help && inputFiles.isEmpty()) {
                throw new UsageException("No input file");
            }
            FrontEndOptions frontEnd = new FrontEndOptions(includeDirs, structured, stability, version, hash,
                    minSdkVersion);
            return new CompilerOptions(language, frontEnd, outputDir, inputFiles, help);
        }

        private void option(String arg) throws UsageException {
            if (arg.startsWith("-I")) {
                includeDirs.add(Path.of(arg.length() > 2 ? arg.substring(2) : value(arg)));
                return;
            }
            if (arg.startsWith("-o")) {
                outputDir = Optional.of(Path.of(arg.length() > 2 ? arg.substring(2) : value(arg)));
                return;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            switch (name) {
                case "--help" -> help = true;
                case "--structured" -> structured = true;
                case "--lang" -> language = language(value(arg, equals));
                case "--include" -> includeDirs.add(Path.of(value(arg, equals)));
                case "--out" -> outputDir = Optional.of(Path.of(value(arg, equals)));
                case "--stability" -> stability = stability(value(arg, equals));
                case "--version" -> version = OptionalInt.of(version(value(arg, equals)));
                case "--hash" -> hash = Optional.of(value(arg, equals));
                case "--min_sdk_version" -> minSdkVersion = sdk(value(arg, equals));
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }

        /** The value of {@code --name=value} or of {@code --name value}. */
        private String value(String arg, int equals) throws UsageException {
            return equals >= 0 ? arg.substring(equals + 1).trim() : value(arg);
        }

        private String value(String option) throws UsageException {
            if (next >= args.length) {
                throw new UsageException("option " + option + " needs a value");
            }
            return args[next++].trim();
        }

        private static String language(String value) throws UsageException {
            if (!value.equals("java")) {
                throw new UsageException("Unsupported language: '" + value
                        + "'. binder4j's aidl generates Java only: use --lang=java.");
            }
            return value;
        }

        private static Stability stability(String value) throws UsageException {
            if (!value.equals("vintf")) {
                throw new UsageException("Unrecognized stability level: '" + value + "'. Must be vintf.");
            }
            return Stability.VINTF;
        }

        private static int version(String value) throws UsageException {
            try {
                int version = Integer.parseInt(value);
                if (version > 0) {
                    return version;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("Invalid version number: '" + value
                    + "'. Version must be a positive natural number.");
        }

        private static int sdk(String value) throws UsageException {
            Integer named = SDK_CODE_NAMES.get(value);
            if (named != null) {
                return named;
            }
            try {
                int level = Integer.parseInt(value);
                if (level >= 1 && level <= FrontEndOptions.SDK_CURRENT) {
                    return level;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("Invalid SDK version: " + value + " (a number from 1 to "
                    + FrontEndOptions.SDK_CURRENT + ", S, Tiramisu, current or platform_apis)");
        }
    }
}
