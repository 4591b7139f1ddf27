package org.binder4j.aidl.check;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstExpr.BinaryOperator;
import org.binder4j.aidl.ast.AstExpr.UnaryOperator;
import org.binder4j.aidl.check.Evaluated.Kind;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;

/**
 * Evaluates constant expressions with AOSP's typing rules. Integer literals are int8, int32 or int64 (see the
 * parser); {@code true}/{@code false} are booleans worth 1/0. Binary arithmetic promotes both operands to at least
 * int32 and to the wider of the two, and is checked ({@link IntegerArithmetic}); comparisons and {@code &&}/{@code ||}
 * give booleans; strings only concatenate; floats only take unary {@code +}/{@code -}. The elements of an array
 * literal are integers and booleans, or all of one other kind (Android 16's rule: Android 13 refused two floats or
 * two chars). Each expression is evaluated once; its errors are reported then, at the expression.
 */
final class ConstantEvaluator {
    private final Resolutions resolutions;
    private final Diagnostics diagnostics;
    private final Map<AstExpr, Optional<Evaluated>> results = new IdentityHashMap<>();
    private final Set<AstExpr> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    ConstantEvaluator(Resolutions resolutions, Diagnostics diagnostics) {
        this.resolutions = resolutions;
        this.diagnostics = diagnostics;
    }

    /** The value of {@code expression}; empty (errors reported the first time) when it has none. */
    Optional<Evaluated> evaluate(AstExpr expression) {
        Optional<Evaluated> known = results.get(expression);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(expression)) {
            throw new IllegalStateException("circular constant " + expression.text() + " at "
                    + expression.location() + " escaped the reference check");
        }
        Optional<Evaluated> result = compute(expression);
        inProgress.remove(expression);
        results.put(expression, result);
        return result;
    }

    private Optional<Evaluated> compute(AstExpr expression) {
        return switch (expression) {
            case AstExpr.BooleanLiteral b -> Optional.of(Evaluated.integral(Kind.BOOLEAN, b.value() ? 1 : 0));
            case AstExpr.IntegerLiteral i -> Optional.of(Evaluated.integral(kindOf(i.width()), i.value()));
            case AstExpr.FloatLiteral f -> Optional.of(Evaluated.text(Kind.FLOATING, f.text()));
            case AstExpr.CharLiteral c -> Optional.of(Evaluated.text(Kind.CHARACTER, c.text()));
            case AstExpr.StringLiteral s -> Optional.of(Evaluated.text(Kind.STRING, s.text()));
            case AstExpr.Reference r -> evaluate(target(r).value());
            case AstExpr.ArrayLiteral a -> array(a);
            case AstExpr.Unary u -> unary(u);
            case AstExpr.Binary b -> binary(b);
        };
    }

    /** The constant or enumerator a reference names (resolved before evaluation starts). */
    ConstantTarget target(AstExpr.Reference reference) {
        return resolutions.reference(reference).orElseThrow(() -> new IllegalStateException(
                "reference " + reference.text() + " at " + reference.location() + " was not resolved"));
    }

    private static Kind kindOf(AstExpr.IntegerWidth width) {
        return switch (width) {
            case INT8 -> Kind.INT8;
            case INT32 -> Kind.INT32;
            case INT64 -> Kind.INT64;
        };
    }

    private Optional<Evaluated> array(AstExpr.ArrayLiteral array) {
        Kind first = null;
        for (AstExpr element : array.elements()) {
            Optional<Evaluated> value = evaluate(element);
            if (value.isEmpty()) {
                return fail(DiagnosticCode.INVALID_ARRAY_ELEMENT, array, "Invalid array element: " + element.text());
            }
            Kind kind = value.get().kind();
            if (first == null) {
                first = kind;
            } else if (!(first == kind || (first.isIntegral() && kind.isIntegral()))) {
                return fail(DiagnosticCode.INCOMPATIBLE_ARRAY_ELEMENTS, array, "Incompatible array element type: "
                        + kind.description() + ". Expecting type compatible with " + first.description());
            }
        }
        return Optional.of(Evaluated.integral(Kind.ARRAY, 0));
    }

    private Optional<Evaluated> unary(AstExpr.Unary unary) {
        Optional<Evaluated> operand = evaluate(unary.operand());
        if (operand.isEmpty()) {
            return Optional.empty();
        }
        Kind kind = operand.get().kind();
        UnaryOperator operator = unary.operator();
        boolean floatSign = kind == Kind.FLOATING && (operator == UnaryOperator.PLUS
                || operator == UnaryOperator.MINUS);
        if (!kind.isIntegral() && !floatSign) {
            return fail(DiagnosticCode.INCOMPATIBLE_UNARY_OPERAND, unary.operand(), "'" + operator.symbol()
                    + "' is not compatible with " + kind.description() + ": " + unary.text());
        }
        if (kind == Kind.FLOATING) {
            return Optional.of(Evaluated.text(Kind.FLOATING, unary.text()));
        }
        if (kind == Kind.BOOLEAN && operator == UnaryOperator.COMPLEMENT) {
            return fail(DiagnosticCode.BOOLEAN_BITWISE_NEGATION, unary,
                    "Bitwise negation of a boolean expression is always true.");
        }
        return result(IntegerArithmetic.unary(operator, kind, operand.get().integral()), kind, unary);
    }

    private Optional<Evaluated> binary(AstExpr.Binary binary) {
        Optional<Evaluated> left = evaluate(binary.left());
        Optional<Evaluated> right = evaluate(binary.right());
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        Kind leftKind = left.get().kind();
        Kind rightKind = right.get().kind();
        BinaryOperator operator = binary.operator();
        boolean compatible = (leftKind.isIntegral() && rightKind.isIntegral())
                || (leftKind == Kind.STRING && rightKind == Kind.STRING);
        if (!compatible) {
            return fail(DiagnosticCode.INCOMPATIBLE_OPERANDS, binary, "Cannot perform operation '"
                    + operator.symbol() + "' on " + rightKind.description() + " and " + leftKind.description() + ".");
        }
        if (leftKind == Kind.STRING) {
            if (operator != BinaryOperator.ADD) {
                return fail(DiagnosticCode.INVALID_STRING_OPERATOR, binary,
                        "Only '+' is supported for strings, not '" + operator.symbol() + "'.");
            }
            String lhs = left.get().text();
            String rhs = right.get().text();
            return Optional.of(Evaluated.text(Kind.STRING, lhs.substring(0, lhs.length() - 1) + rhs.substring(1)));
        }
        Kind promoted = leftKind.ordinal() > rightKind.ordinal() ? promote(leftKind) : promote(rightKind);
        Kind resultKind = operator.isComparison() || operator.isLogical() ? Kind.BOOLEAN : promoted;
        OptionalLong value = IntegerArithmetic.binary(operator, promoted, left.get().integral(),
                right.get().integral());
        return result(value, resultKind, binary);
    }

    /** AOSP's integral promotion: booleans and int8 compute as int32. */
    private static Kind promote(Kind kind) {
        return kind.ordinal() < Kind.INT32.ordinal() ? Kind.INT32 : kind;
    }

    private Optional<Evaluated> result(OptionalLong value, Kind kind, AstExpr at) {
        if (value.isEmpty()) {
            return fail(DiagnosticCode.CONSTANT_OVERFLOW, at, "Constant expression computation overflows.");
        }
        return Optional.of(Evaluated.integral(kind, value.getAsLong()));
    }

    private Optional<Evaluated> fail(DiagnosticCode code, AstExpr at, String message) {
        diagnostics.error(code, at.location(), message);
        return Optional.empty();
    }
}
