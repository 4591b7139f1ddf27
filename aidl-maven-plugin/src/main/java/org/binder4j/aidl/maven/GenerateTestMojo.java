package org.binder4j.aidl.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Compiles the test AIDL files ({@code src/test/aidl}) into a test source root. They may import the main AIDL
 * declarations: the main source directory is an include directory.
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true)
public final class GenerateTestMojo extends AbstractAidlMojo {
    /** The directory of the test {@code .aidl} files, laid out by package like Java sources. */
    @Parameter(defaultValue = "${project.basedir}/src/test/aidl", required = true)
    private File sourceDirectory;

    /** Where the generated Java goes; added to the project's test source roots. */
    @Parameter(defaultValue = "${project.build.directory}/generated-test-sources/aidl", required = true)
    private File outputDirectory;

    /** The main AIDL directory, which test AIDL files may import from. */
    @Parameter(defaultValue = "${project.basedir}/src/main/aidl", readonly = true)
    private File mainSourceDirectory;

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
        return List.of(mainSourceDirectory);
    }

    @Override
    protected void addSourceRoot(MavenProject project, String directory) {
        project.addTestCompileSourceRoot(directory);
    }

    @Override
    protected String stateFileName() {
        return "generate-test.state";
    }
}
