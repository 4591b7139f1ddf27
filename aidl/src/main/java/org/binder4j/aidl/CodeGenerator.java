package org.binder4j.aidl;

import java.io.IOException;
import org.binder4j.aidl.model.AidlModel;

/**
 * The stage after the front end: writes code for a checked model. {@link AidlCompiler} finds generators with
 * {@link java.util.ServiceLoader} and picks the one whose {@link #language()} matches {@code --lang}.
 */
public interface CodeGenerator {
    /** The {@code --lang} value this generator serves, e.g. {@code java}. */
    String language();

    /**
     * Writes the code for {@link AidlModel#types()} under {@link CompilerOptions#outputDir()}; the model's other
     * declarations are what those types refer to.
     */
    void generate(AidlModel model, CompilerOptions options) throws IOException;
}
