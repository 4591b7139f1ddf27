package org.binder4j.aidl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstDeclaration;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.source.SourceLocation;

/** A declaration in context: the document it is in, the declaration it is nested in, its canonical name. */
final class DeclSymbol {
    private final AstDeclaration ast;
    private final DeclSymbol parent;
    private final LoadedDocument document;
    private final String canonicalName;
    private final List<DeclSymbol> nested = new ArrayList<>();

    DeclSymbol(AstDeclaration ast, DeclSymbol parent, LoadedDocument document) {
        this.ast = ast;
        this.parent = parent;
        this.document = document;
        String prefix = parent != null ? parent.canonicalName : document.packageName();
        this.canonicalName = prefix.isEmpty() ? ast.name() : prefix + "." + ast.name();
        for (AstDeclaration child : ast.nestedTypes()) {
            nested.add(new DeclSymbol(child, this, document));
        }
    }

    AstDeclaration ast() {
        return ast;
    }

    String name() {
        return ast.name();
    }

    DeclarationKind kind() {
        return ast.kind();
    }

    SourceLocation location() {
        return ast.location();
    }

    Optional<DeclSymbol> parent() {
        return Optional.ofNullable(parent);
    }

    LoadedDocument document() {
        return document;
    }

    String canonicalName() {
        return canonicalName;
    }

    List<DeclSymbol> nested() {
        return nested;
    }

    Optional<DeclSymbol> nested(String name) {
        return nested.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** This declaration and everything nested in it, outermost first. */
    Stream<DeclSymbol> selfAndDescendants() {
        return Stream.concat(Stream.of(this), nested.stream().flatMap(DeclSymbol::selfAndDescendants));
    }

    boolean has(AnnotationKind kind) {
        return ast.annotations().stream().map(AstAnnotation::kind).anyMatch(k -> k == kind);
    }

    /** {@code @VintfStability} here or on an enclosing declaration. */
    boolean isVintfStable() {
        return has(AnnotationKind.VINTF_STABILITY) || (parent != null && parent.isVintfStable());
    }

    boolean isGeneric() {
        return !ast.typeParameters().isEmpty();
    }

    @Override
    public String toString() {
        return canonicalName;
    }
}
