package org.binder4j.aidl.check;

import java.util.Comparator;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstArgument;
import org.binder4j.aidl.ast.AstConstant;
import org.binder4j.aidl.ast.AstDeclaration;
import org.binder4j.aidl.ast.AstEnum;
import org.binder4j.aidl.ast.AstEnumerator;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstField;
import org.binder4j.aidl.ast.AstMember;
import org.binder4j.aidl.ast.AstMethod;
import org.binder4j.aidl.ast.AstType;

/**
 * Visits every type and expression of a declaration in AOSP's traversal order, each with the declaration it is
 * written in (its scope): the declaration's annotations, then its members in source order (a method's return type
 * then its arguments; a field's or constant's type then its value; a nested declaration recursively), an enum's
 * enumerator values. Within a type: its annotations, its type arguments, its array sizes. Annotation parameters go in
 * name order, expressions pre-order.
 */
final class AstWalker {
    interface Visitor {
        default void type(DeclSymbol scope, AstType type) {}

        default void expression(DeclSymbol scope, AstExpr expression) {}
    }

    private final Visitor visitor;

    private AstWalker(Visitor visitor) {
        this.visitor = visitor;
    }

    /** Walks {@code symbol} and, through its members, the declarations nested in it. */
    static void walk(DeclSymbol symbol, Visitor visitor) {
        new AstWalker(visitor).declaration(symbol);
    }

    /** Walks one expression tree. */
    static void walk(DeclSymbol scope, AstExpr expression, Visitor visitor) {
        new AstWalker(visitor).expression(scope, expression);
    }

    private void declaration(DeclSymbol symbol) {
        AstDeclaration ast = symbol.ast();
        ast.annotations().forEach(a -> annotation(symbol, a));
        if (ast instanceof AstEnum anEnum) {
            for (AstEnumerator enumerator : anEnum.enumerators()) {
                expression(symbol, enumerator.value());
            }
        }
        for (AstMember member : ast.members()) {
            switch (member) {
                case AstMethod method -> {
                    type(symbol, method.returnType());
                    for (AstArgument argument : method.arguments()) {
                        type(symbol, argument.type());
                    }
                }
                case AstField field -> {
                    type(symbol, field.type());
                    field.defaultValue().ifPresent(value -> expression(symbol, value));
                }
                case AstConstant constant -> {
                    type(symbol, constant.type());
                    expression(symbol, constant.value());
                }
                case AstDeclaration nested -> declaration(nestedSymbol(symbol, nested));
            }
        }
    }

    /** The symbol of {@code nested}, found by identity (two nested types may share a name). */
    private static DeclSymbol nestedSymbol(DeclSymbol parent, AstDeclaration nested) {
        return parent.nested().stream().filter(s -> s.ast() == nested).findFirst().orElseThrow();
    }

    private void type(DeclSymbol scope, AstType type) {
        visitor.type(scope, type);
        type.annotations().forEach(a -> annotation(scope, a));
        type.typeArguments().forEach(argument -> type(scope, argument));
        type.dimensions().forEach(size -> expression(scope, size));
    }

    private void annotation(DeclSymbol scope, AstAnnotation annotation) {
        annotation.parameters().stream()
                .sorted(Comparator.comparing(AstAnnotation.Parameter::name))
                .forEach(p -> expression(scope, p.value()));
    }

    private void expression(DeclSymbol scope, AstExpr expression) {
        visitor.expression(scope, expression);
        switch (expression) {
            case AstExpr.Unary unary -> expression(scope, unary.operand());
            case AstExpr.Binary binary -> {
                expression(scope, binary.left());
                expression(scope, binary.right());
            }
            case AstExpr.ArrayLiteral array -> array.elements().forEach(e -> expression(scope, e));
            default -> {}
        }
    }
}
