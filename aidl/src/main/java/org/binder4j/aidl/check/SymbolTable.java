package org.binder4j.aidl.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.BuiltinType;

/** Every declaration loaded for one compilation, by canonical name, and the documents they come from. */
final class SymbolTable {
    /** Package and type names that would not compile in Java or C++. */
    private static final Set<String> RESERVED_WORDS = Set.of("break", "case", "catch", "char", "class", "continue",
            "default", "do", "double", "else", "enum", "false", "float", "for", "goto", "if", "int", "long", "new",
            "private", "protected", "public", "return", "short", "static", "switch", "this", "throw", "true", "try",
            "void", "volatile", "while");

    private final TreeMap<String, DeclSymbol> byName = new TreeMap<>();
    private final Map<Path, LoadedDocument> documents = new HashMap<>();
    private final List<LoadedDocument> loadOrder = new ArrayList<>();
    private final List<DeclSymbol> symbols = new ArrayList<>();
    private final Diagnostics diagnostics;

    SymbolTable(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<LoadedDocument> document(Path path) {
        return Optional.ofNullable(documents.get(path));
    }

    /**
     * Adds a document's declarations. Nothing is added, and the problems are reported, when a declaration is
     * already defined (in another file, or at the top level of this one) or its canonical name has a reserved word or
     * a built-in type name as a component. Nested types sharing a name are reported by the declaration checks; the
     * first one is the one names resolve to.
     */
    boolean register(LoadedDocument document) {
        List<DeclSymbol> all = document.topLevel().stream().flatMap(DeclSymbol::selfAndDescendants).toList();
        Map<String, DeclSymbol> topLevel = new HashMap<>();
        boolean valid = true;
        for (DeclSymbol symbol : all) {
            DeclSymbol previous = byName.get(symbol.canonicalName());
            if (previous == null && symbol.parent().isEmpty()) {
                previous = topLevel.putIfAbsent(symbol.canonicalName(), symbol);
            }
            if (previous != null) {
                diagnostics.error(DiagnosticCode.TYPE_REDEFINITION, symbol.location(), "redefinition: "
                        + symbol.canonicalName() + " is defined " + previous.location());
                valid = false;
            }
            valid &= hasValidNameComponents(symbol);
        }
        if (!valid) {
            return false;
        }
        all.forEach(symbol -> byName.putIfAbsent(symbol.canonicalName(), symbol));
        documents.put(document.path(), document);
        loadOrder.add(document);
        symbols.addAll(all);
        symbols.sort(Comparator.comparing(DeclSymbol::canonicalName));
        return true;
    }

    private boolean hasValidNameComponents(DeclSymbol symbol) {
        boolean valid = true;
        for (String piece : symbol.canonicalName().split("\\.")) {
            if (RESERVED_WORDS.contains(piece)) {
                diagnostics.error(DiagnosticCode.RESERVED_NAME_COMPONENT, symbol.location(), symbol.canonicalName()
                        + " is an invalid name because '" + piece + "' is a Java or C++ identifier.");
                valid = false;
            }
            if (BuiltinType.named(piece).isPresent()) {
                diagnostics.error(DiagnosticCode.RESERVED_NAME_COMPONENT, symbol.location(), symbol.canonicalName()
                        + " is an invalid name because '" + piece + "' is a built-in AIDL type.");
                valid = false;
            }
        }
        return valid;
    }

    Optional<DeclSymbol> lookup(String canonicalName) {
        return Optional.ofNullable(byName.get(canonicalName));
    }

    /** The declaration each canonical name resolves to, sorted by canonical name. */
    Collection<DeclSymbol> named() {
        return byName.values();
    }

    /** Every declaration of every file, nested ones included, sorted by canonical name. */
    List<DeclSymbol> all() {
        return symbols;
    }

    /** The documents in the order they were loaded (the input file first). */
    List<LoadedDocument> documents() {
        return loadOrder;
    }
}
