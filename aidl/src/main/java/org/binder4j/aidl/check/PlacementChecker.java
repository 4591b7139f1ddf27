package org.binder4j.aidl.check;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstArgument;
import org.binder4j.aidl.ast.AstConstant;
import org.binder4j.aidl.ast.AstDeclaration;
import org.binder4j.aidl.ast.AstField;
import org.binder4j.aidl.ast.AstMember;
import org.binder4j.aidl.ast.AstMethod;
import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.AnnotationTarget;

/**
 * Checks that each annotation is written where its schema allows ({@code @JavaDerive is not available. It can
 * annotate {enum, structured parcelable, union}.}). Annotations before a method are checked as a method's and a
 * type's, before a field as a field's and a type's, before a constant as a constant's and a type's.
 */
final class PlacementChecker {
    private static final Set<AnnotationTarget> TYPE = EnumSet.of(AnnotationTarget.TYPE);

    private final Diagnostics diagnostics;

    private PlacementChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static void check(LoadedDocument document, Diagnostics diagnostics) {
        PlacementChecker checker = new PlacementChecker(diagnostics);
        document.topLevel().forEach(checker::declaration);
    }

    private void declaration(DeclSymbol symbol) {
        AstDeclaration ast = symbol.ast();
        check(ast.annotations(), EnumSet.of(AnnotationTarget.of(ast.kind())));
        for (AstMember member : ast.members()) {
            switch (member) {
                case AstMethod method -> {
                    check(method.returnType().annotations(),
                            EnumSet.of(AnnotationTarget.TYPE, AnnotationTarget.METHOD));
                    method.arguments().stream().map(AstArgument::type).forEach(t -> check(t.annotations(), TYPE));
                }
                case AstField field -> check(field.type().annotations(),
                        EnumSet.of(AnnotationTarget.TYPE, AnnotationTarget.FIELD));
                case AstConstant constant -> check(constant.type().annotations(),
                        EnumSet.of(AnnotationTarget.TYPE, AnnotationTarget.CONSTANT));
                case AstDeclaration nested -> {}
            }
        }
        AstWalker.walk(symbol, new AstWalker.Visitor() {
            @Override
            public void type(DeclSymbol scope, AstType type) {
                if (scope == symbol) {
                    type.typeArguments().forEach(argument -> check(argument.annotations(), TYPE));
                }
            }
        });
        symbol.nested().forEach(this::declaration);
    }

    private void check(List<AstAnnotation> annotations, Set<AnnotationTarget> place) {
        for (AstAnnotation annotation : annotations) {
            Set<AnnotationTarget> allowed = annotation.kind().targets();
            if (place.stream().noneMatch(allowed::contains)) {
                String labels = Stream.of(AnnotationTarget.values()).filter(allowed::contains)
                        .map(AnnotationTarget::label).collect(Collectors.joining(", "));
                diagnostics.error(DiagnosticCode.ANNOTATION_NOT_ALLOWED_HERE, annotation.location(), "@"
                        + annotation.kind().aidlName() + " is not available. It can annotate {" + labels + "}.");
            }
        }
    }
}
