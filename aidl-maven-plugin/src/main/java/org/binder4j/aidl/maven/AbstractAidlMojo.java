package org.binder4j.aidl.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.binder4j.aidl.CompilerOptions;
import org.binder4j.aidl.UsageException;
import org.binder4j.aidl.check.FrontEndOptions;
import org.binder4j.aidl.diag.Diagnostic;

/**
 * What the {@code generate} and {@code generate-test} goals share: the compiler's options as parameters (the
 * {@code binder4j aidl} flags of the same names), the incremental build, and the reporting. Every error is logged
 * as {@code file:line:column: message} and any error fails the build.
 */
public abstract class AbstractAidlMojo extends AbstractMojo {
    /** Extra directories imports are looked up in ({@code -I}); the source directory always is one. */
    @Parameter
    private List<File> includeDirectories = new ArrayList<>();

    /** {@code --structured}: stable AIDL, no hand-written parcelables nor untyped List/Map. */
    @Parameter(property = "aidl.structured", defaultValue = "false")
    private boolean structured;

    /** {@code --stability}: {@code vintf}, or nothing. */
    @Parameter(property = "aidl.stability")
    private String stability;

    /** {@code --version}: every interface answers getInterfaceVersion() with it. */
    @Parameter(property = "aidl.version")
    private Integer version;

    /** {@code --hash}: every interface answers getInterfaceHash() with it. */
    @Parameter(property = "aidl.hash")
    private String hash;

    /** {@code --min_sdk_version}: a number, S, Tiramisu, current or platform_apis. */
    @Parameter(property = "aidl.minSdkVersion", defaultValue = "current")
    private String minSdkVersion;

    /** Skips the goal. */
    @Parameter(property = "aidl.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The directory of the {@code .aidl} files to compile. */
    protected abstract File sourceDirectory();

    /** Where the Java goes. */
    protected abstract File outputDirectory();

    /** Directories imports are looked up in besides the source directory and {@link #includeDirectories}. */
    protected abstract List<File> implicitIncludeDirectories();

    /** Registers {@link #outputDirectory()} with the project's compile or test-compile sources. */
    protected abstract void addSourceRoot(MavenProject project, String directory);

    /** The file that remembers the last build, under the project's build directory. */
    protected abstract String stateFileName();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping AIDL compilation (aidl.skip)");
            return;
        }
        Path output = outputDirectory().toPath();
        AidlBuild build = new AidlBuild(sourceDirectory().toPath(), output,
                Path.of(project.getBuild().getDirectory(), "aidl-state", stateFileName()), frontEndOptions());
        BuildOutcome outcome;
        try {
            outcome = build.run();
        } catch (IOException e) {
            throw new MojoExecutionException("AIDL compilation of " + sourceDirectory() + " failed: " + e, e);
        }
        addSourceRoot(project, output.toString());
        report(outcome);
    }

    private void report(BuildOutcome outcome) throws MojoFailureException {
        for (Diagnostic diagnostic : outcome.diagnostics()) {
            getLog().error(DiagnosticText.of(diagnostic));
        }
        if (outcome.deletedOutputs() > 0) {
            getLog().info("Deleted " + outcome.deletedOutputs() + " generated file(s) of removed AIDL declarations");
        }
        if (outcome.upToDate()) {
            getLog().info("Nothing to compile - all AIDL files are up to date");
        } else if (outcome.compiledFiles() > 0) {
            getLog().info("Compiled " + outcome.compiledFiles() + " AIDL file(s) to " + outputDirectory());
        }
        if (!outcome.diagnostics().isEmpty()) {
            throw new MojoFailureException("AIDL compilation failed: " + outcome.diagnostics().size() + " error(s) in "
                    + outcome.failedFiles() + " of " + outcome.compiledFiles() + " file(s); see the errors above");
        }
    }

    /** The parameters as {@code binder4j aidl} flags, parsed (and rejected) as the command line's are. */
    private FrontEndOptions frontEndOptions() throws MojoExecutionException {
        List<String> flags = new ArrayList<>();
        flags.add("--include=" + sourceDirectory());
        for (File dir : includeDirectories) {
            flags.add("--include=" + dir);
        }
        for (File dir : implicitIncludeDirectories()) {
            if (dir.isDirectory()) {
                flags.add("--include=" + dir);
            }
        }
        if (structured) {
            flags.add("--structured");
        }
        if (stability != null && !stability.isBlank()) {
            flags.add("--stability=" + stability);
        }
        if (version != null) {
            flags.add("--version=" + version);
        }
        if (hash != null) {
            flags.add("--hash=" + hash);
        }
        flags.add("--min_sdk_version=" + minSdkVersion);
        try {
            return CompilerOptions.parseFrontEnd(flags.toArray(String[]::new));
        } catch (UsageException e) {
            throw new MojoExecutionException("Invalid AIDL plugin configuration: " + e.getMessage(), e);
        }
    }
}
