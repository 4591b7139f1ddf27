package org.binder4j.aidl.java;

import java.util.Objects;

/**
 * One generated Java source file.
 *
 * @param relativePath where it goes under the output directory: {@code com/example/IFoo.java}
 * @param content the source text
 */
public record GeneratedFile(String relativePath, String content) {
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
    }
}
