package org.binder4j.aidl.ast;

import java.util.List;
import java.util.Optional;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * One parsed {@code .aidl} file.
 *
 * @param file the file as locations name it
 * @param packageName empty for a file without {@code package}
 * @param comments the comments before {@code package} (or before the first import)
 */
public record AstDocument(String file, Optional<String> packageName, List<Import> imports,
        List<AstDeclaration> declarations, Comments comments) {
    /** {@code import a.b.C;}; the location spans the name. */
    public record Import(String name, SourceLocation location) {
        /** The last component, which is how the imported type is named in the file. */
        public String simpleName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    public AstDocument {
        imports = List.copyOf(imports);
        declarations = List.copyOf(declarations);
    }

    public String packageOrEmpty() {
        return packageName.orElse("");
    }
}
