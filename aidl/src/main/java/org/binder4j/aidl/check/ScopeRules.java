package org.binder4j.aidl.check;

import java.util.Optional;
import org.binder4j.aidl.ast.AstDocument;
import org.binder4j.aidl.model.BuiltinType;

/**
 * How a name written in a declaration becomes a qualified name (AOSP's rules). For {@code N} or {@code N.M...}, the
 * first component {@code N} is looked up, and the rest appended to what it names:
 * <ol>
 *   <li>a built-in type name is itself;
 *   <li>a type nested in the current declaration, then in each enclosing one, innermost first;
 *   <li>an import whose last component is {@code N};
 *   <li>a top-level declaration of the same file;
 *   <li>otherwise the name is taken as already qualified.
 * </ol>
 * Types of the same package are therefore not visible without an import or their qualified name.
 */
final class ScopeRules {
    private ScopeRules() {}

    static String qualify(DeclSymbol scope, String name) {
        if (BuiltinType.isBuiltinName(name)) {
            return name;
        }
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? "" : name.substring(dot);
        for (Optional<DeclSymbol> s = Optional.of(scope); s.isPresent(); s = s.get().parent()) {
            Optional<DeclSymbol> nested = s.get().nested(first);
            if (nested.isPresent()) {
                return nested.get().canonicalName() + rest;
            }
        }
        LoadedDocument document = scope.document();
        for (AstDocument.Import anImport : document.ast().imports()) {
            if (anImport.simpleName().equals(first)) {
                return anImport.name() + rest;
            }
        }
        for (DeclSymbol top : document.topLevel()) {
            if (top.name().equals(first)) {
                return top.canonicalName() + rest;
            }
        }
        return name;
    }
}
