package org.binder4j.aidl.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The front end's result for one input file: its declarations, resolved and checked, plus every declaration it
 * refers to, directly or not (by canonical name, nested ones included). Code is generated for {@link #types()}; the
 * others are there for what a use site needs to know about them.
 *
 * @param file the input file as diagnostics name it
 * @param packageName empty for a file without {@code package}
 * @param imports the imports as written
 * @param types the top-level declarations of the input file
 */
public record AidlModel(String file, Optional<String> packageName, List<String> imports, List<TypeDeclaration> types,
        Map<String, TypeDeclaration> declarations) {
    public AidlModel {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(packageName, "packageName");
        imports = List.copyOf(imports);
        types = List.copyOf(types);
        declarations = Map.copyOf(declarations);
    }

    /** The declaration of {@code canonicalName}, from the input file or one it refers to. */
    public Optional<TypeDeclaration> declaration(String canonicalName) {
        return Optional.ofNullable(declarations.get(canonicalName));
    }

    /** The declaration a {@link DeclaredType} names. */
    public TypeDeclaration declaration(DeclaredType type) {
        TypeDeclaration declaration = declarations.get(type.canonicalName());
        if (declaration == null) {
            throw new IllegalArgumentException(type.canonicalName() + " is not part of the model of " + file);
        }
        return declaration;
    }
}
