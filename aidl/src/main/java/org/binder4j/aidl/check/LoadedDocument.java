package org.binder4j.aidl.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.aidl.ast.AstDeclaration;
import org.binder4j.aidl.ast.AstDocument;

/** A parsed file and the symbols of its declarations. */
final class LoadedDocument {
    private final Path path;
    private final AstDocument ast;
    private final List<DeclSymbol> topLevel = new ArrayList<>();

    LoadedDocument(Path path, AstDocument ast) {
        this.path = path;
        this.ast = ast;
        for (AstDeclaration declaration : ast.declarations()) {
            topLevel.add(new DeclSymbol(declaration, null, this));
        }
    }

    /** The absolute, normalised path: a file loaded twice is the same document. */
    Path path() {
        return path;
    }

    AstDocument ast() {
        return ast;
    }

    String packageName() {
        return ast.packageOrEmpty();
    }

    List<DeclSymbol> topLevel() {
        return topLevel;
    }

    @Override
    public String toString() {
        return ast.file();
    }
}
