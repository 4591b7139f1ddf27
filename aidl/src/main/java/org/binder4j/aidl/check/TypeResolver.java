package org.binder4j.aidl.check;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.source.SourceLocation;

/**
 * Resolves every type name (and the type part of every qualified constant reference) of the input file, then of
 * each file a resolved name leads to, with {@link ScopeRules}. A qualified name no loaded file declares is looked up
 * on the include path and its file loaded, so fully qualified names need no import.
 */
final class TypeResolver {
    private final SymbolTable symbols;
    private final DocumentLoader loader;
    private final ImportResolver imports;
    private final Resolutions resolutions;
    private final Diagnostics diagnostics;
    private final Queue<LoadedDocument> pending = new ArrayDeque<>();

    TypeResolver(SymbolTable symbols, DocumentLoader loader, ImportResolver imports, Resolutions resolutions,
            Diagnostics diagnostics) {
        this.symbols = symbols;
        this.loader = loader;
        this.imports = imports;
        this.resolutions = resolutions;
        this.diagnostics = diagnostics;
    }

    void resolve(LoadedDocument main) {
        pending.add(main);
        AstWalker.Visitor visitor = new AstWalker.Visitor() {
            @Override
            public void type(DeclSymbol scope, AstType type) {
                resolveType(scope, type);
            }

            @Override
            public void expression(DeclSymbol scope, AstExpr expression) {
                if (expression instanceof AstExpr.Reference reference && reference.qualifier().isPresent()) {
                    resolveQualifier(scope, reference);
                }
            }
        };
        while (!pending.isEmpty()) {
            LoadedDocument document = pending.remove();
            if (resolutions.markResolved(document)) {
                document.topLevel().forEach(symbol -> AstWalker.walk(symbol, visitor));
            }
        }
    }

    private void resolveType(DeclSymbol scope, AstType type) {
        if (resolutions.isResolved(type)) {
            return;
        }
        Optional<Resolved> resolved = resolve(scope, type.name(), type.location());
        if (resolved.isEmpty()) {
            diagnostics.error(DiagnosticCode.UNRESOLVED_TYPE, type.location(),
                    "Failed to resolve '" + type.name() + "'");
            return;
        }
        resolutions.resolve(type, resolved.get());
    }

    private void resolveQualifier(DeclSymbol scope, AstExpr.Reference reference) {
        String qualifier = reference.qualifier().orElseThrow();
        Optional<Resolved> resolved = resolve(scope, qualifier, reference.location());
        if (resolved.isEmpty()) {
            diagnostics.error(DiagnosticCode.UNRESOLVED_TYPE, reference.location(),
                    "Failed to resolve '" + qualifier + "'");
        } else if (resolved.get() instanceof Resolved.Declared(DeclSymbol owner)) {
            resolutions.resolveQualifier(reference, owner);
        }
    }

    private Optional<Resolved> resolve(DeclSymbol scope, String written, SourceLocation at) {
        String qualified = ScopeRules.qualify(scope, written);
        Optional<Resolved> found = lookup(qualified);
        if (found.isEmpty()) {
            Optional<Path> file = imports.find(qualified, at);
            if (file.isPresent() && symbols.document(file.get().toAbsolutePath().normalize()).isEmpty()) {
                if (loader.load(file.get()).isEmpty()) {
                    diagnostics.error(DiagnosticCode.IMPORT_FAILED, at,
                            "error while importing " + file.get() + " for " + qualified);
                }
                found = lookup(qualified);
            }
        }
        found.ifPresent(r -> {
            if (r instanceof Resolved.Declared(DeclSymbol symbol)) {
                pending.add(symbol.document());
            }
        });
        return found;
    }

    private Optional<Resolved> lookup(String qualified) {
        Optional<BuiltinType> builtin = BuiltinType.named(qualified);
        if (builtin.isPresent()) {
            return Optional.of(new Resolved.Builtin(builtin.get()));
        }
        return symbols.lookup(qualified).map(Resolved.Declared::new);
    }
}
