package org.binder4j.aidl.check;

import org.binder4j.aidl.ast.AstArgument;
import org.binder4j.aidl.ast.AstField;
import org.binder4j.aidl.ast.AstMethod;
import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.model.Stability;
import org.binder4j.aidl.source.SourceLocation;

/**
 * The checks AOSP runs last, over every loaded declaration: under {@code --structured} no hand-written parcelable
 * (unless {@code @JavaOnlyStableParcelable}) and no untyped {@code List}/{@code Map} in interfaces; under
 * {@code --stability vintf} only {@code @VintfStability} types; and never an untyped {@code List}/{@code Map} field.
 */
final class StabilityChecker {
    private static final String UNTYPED = "Encountered an untyped List or Map. The use of untyped List/Map is "
            + "prohibited because it is not guaranteed that the objects in the list are recognizable in the receiving "
            + "side. Consider switching to an array or a generic List/Map.";

    private final Diagnostics diagnostics;

    private StabilityChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static void check(SymbolTable symbols, FrontEndOptions options, Diagnostics diagnostics) {
        StabilityChecker checker = new StabilityChecker(diagnostics);
        for (DeclSymbol symbol : symbols.named()) {
            checker.check(symbol, options);
        }
    }

    private void check(DeclSymbol symbol, FrontEndOptions options) {
        if (options.structured() && symbol.kind() == DeclarationKind.UNSTRUCTURED_PARCELABLE
                && !symbol.has(AnnotationKind.JAVA_ONLY_STABLE_PARCELABLE)) {
            diagnostics.error(DiagnosticCode.UNSTRUCTURED_IN_STRUCTURED, symbol.location(),
                    symbol.canonicalName() + " is not structured, but this is a structured interface.");
        }
        if (options.stability() == Stability.VINTF && !symbol.isVintfStable()) {
            diagnostics.error(DiagnosticCode.NOT_VINTF_STABLE, symbol.location(), symbol.canonicalName()
                    + " does not have VINTF level stability, but this interface requires it.");
        }
        if (symbol.kind() == DeclarationKind.INTERFACE && options.structured()) {
            for (AstMethod method : symbol.ast().methods()) {
                rejectUntyped(method.returnType(), method.location());
                for (AstArgument argument : method.arguments()) {
                    rejectUntyped(argument.type(), method.location());
                }
            }
        }
        for (AstField field : symbol.ast().fields()) {
            rejectUntyped(field.type(), field.location());
        }
    }

    private void rejectUntyped(AstType type, SourceLocation reportAt) {
        if (type.isGeneric()) {
            type.typeArguments().forEach(argument -> rejectUntyped(argument, reportAt));
            return;
        }
        BuiltinType.named(type.name())
                .filter(builtin -> builtin == BuiltinType.LIST || builtin == BuiltinType.MAP)
                .ifPresent(builtin -> diagnostics.error(DiagnosticCode.UNTYPED_COLLECTION, reportAt, UNTYPED));
    }
}
