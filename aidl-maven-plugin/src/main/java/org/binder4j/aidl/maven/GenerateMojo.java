package org.binder4j.aidl.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Compiles the main AIDL files ({@code src/main/aidl}) into a compile source root. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractAidlMojo {
    /** The directory of the {@code .aidl} files, laid out by package like Java sources. */
    @Parameter(defaultValue = "${project.basedir}/src/main/aidl", required = true)
    private File sourceDirectory;

    /** Where the generated Java goes; added to the project's compile source roots. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/aidl", required = true)
    private File outputDirectory;

    @Override
    protected File sourceDirectory() {
        return sourceDirectory;
    }

    @Override
    protected File outputDirectory() {
        return outputDirectory;
    }

    @Override
    protected List<File> implicitIncludeDirectories() {
        return List.of();
    }

    @Override
    protected void addSourceRoot(MavenProject project, String directory) {
        project.addCompileSourceRoot(directory);
    }

    @Override
    protected String stateFileName() {
        return "generate.state";
    }
}
