package org.binder4j.aidl;

import java.io.IOException;
import org.binder4j.aidl.model.AidlModel;

/**
 * The stage after the front end: writes code for a checked model. The compiler's is
 * {@link org.binder4j.aidl.java.JavaGenerator}; tests substitute their own.
 */
public interface CodeGenerator {
    /**
     * Writes the code for {@link AidlModel#types()} under {@link CompilerOptions#outputDir()} (nothing without one);
     * the model's other declarations are what those types refer to.
     */
    void generate(AidlModel model, CompilerOptions options) throws IOException;
}
