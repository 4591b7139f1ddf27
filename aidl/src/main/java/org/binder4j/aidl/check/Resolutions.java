package org.binder4j.aidl.check;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.binder4j.aidl.ast.AstEnum;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstMethod;
import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.DeclarationKind;

/**
 * What the phases found out about the syntax tree, keyed by node identity: resolved type names, resolved constant
 * references, enum backing types, method ids, and which documents had their names resolved.
 */
final class Resolutions {
    private final Map<AstType, Resolved> types = new IdentityHashMap<>();
    private final Map<AstExpr.Reference, DeclSymbol> qualifiers = new IdentityHashMap<>();
    private final Map<AstExpr.Reference, ConstantTarget> references = new IdentityHashMap<>();
    private final Map<AstEnum, BuiltinType> enumBacking = new IdentityHashMap<>();
    private final Map<AstMethod, Integer> methodIds = new IdentityHashMap<>();
    private final Set<LoadedDocument> resolvedDocuments = new LinkedHashSet<>();

    void resolve(AstType type, Resolved resolved) {
        types.put(type, resolved);
    }

    boolean isResolved(AstType type) {
        return types.containsKey(type);
    }

    Resolved resolved(AstType type) {
        Resolved resolved = types.get(type);
        if (resolved == null) {
            throw new IllegalStateException("type " + type.name() + " at " + type.location() + " was not resolved");
        }
        return resolved;
    }

    Optional<BuiltinType> builtin(AstType type) {
        return resolved(type) instanceof Resolved.Builtin(BuiltinType builtin) ? Optional.of(builtin)
                : Optional.empty();
    }

    Optional<DeclSymbol> declared(AstType type) {
        return resolved(type) instanceof Resolved.Declared(DeclSymbol symbol) ? Optional.of(symbol)
                : Optional.empty();
    }

    /** Whether the type names exactly this built-in, ignoring arrays. */
    boolean names(AstType type, BuiltinType builtin) {
        return builtin(type).map(b -> b == builtin).orElse(false);
    }

    /** Whether the type names a declaration of this kind, ignoring arrays. */
    boolean names(AstType type, DeclarationKind kind) {
        return declared(type).map(s -> s.kind() == kind).orElse(false);
    }

    boolean isPrimitive(AstType type) {
        return builtin(type).map(BuiltinType::isPrimitive).orElse(false);
    }

    void resolveQualifier(AstExpr.Reference reference, DeclSymbol owner) {
        qualifiers.put(reference, owner);
    }

    /** The declaration the type part of a qualified reference names (empty when it names a built-in). */
    Optional<DeclSymbol> qualifier(AstExpr.Reference reference) {
        return Optional.ofNullable(qualifiers.get(reference));
    }

    void resolveReference(AstExpr.Reference reference, ConstantTarget target) {
        references.put(reference, target);
    }

    Optional<ConstantTarget> reference(AstExpr.Reference reference) {
        return Optional.ofNullable(references.get(reference));
    }

    void setBacking(AstEnum anEnum, BuiltinType backing) {
        enumBacking.put(anEnum, backing);
    }

    BuiltinType backing(AstEnum anEnum) {
        BuiltinType backing = enumBacking.get(anEnum);
        if (backing == null) {
            throw new IllegalStateException("enum " + anEnum.name() + " has no backing type yet");
        }
        return backing;
    }

    void assignId(AstMethod method, int id) {
        methodIds.put(method, id);
    }

    int id(AstMethod method) {
        Integer id = methodIds.get(method);
        if (id == null) {
            throw new IllegalStateException("method " + method.name() + " has no id yet");
        }
        return id;
    }

    /** Records that the names of {@code document} are being resolved; false if that was already so. */
    boolean markResolved(LoadedDocument document) {
        return resolvedDocuments.add(document);
    }

    /** The documents whose names were resolved: the input file first, then in the order they were reached. */
    Set<LoadedDocument> resolvedDocuments() {
        return resolvedDocuments;
    }
}
