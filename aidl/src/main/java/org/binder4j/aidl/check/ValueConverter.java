package org.binder4j.aidl.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.binder4j.aidl.ast.AstEnum;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.check.Evaluated.Kind;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.ConstantValue;

/**
 * Converts an evaluated expression to the type it initialises (AOSP's {@code ValueString}): integers must fit
 * ({@code byte}, {@code int}, {@code long}; {@code boolean} takes any integer), a {@code char} takes a char literal, a
 * {@code String} a string, a {@code double} any float literal and a {@code float} one with the {@code f} suffix, an
 * array an array literal (element by element, with the exact count for a fixed size), an enum exactly one of its own
 * enumerators. Each expression is converted once; errors are reported then.
 */
final class ValueConverter {
    private final ConstantEvaluator evaluator;
    private final Diagnostics diagnostics;
    private final Map<AstExpr, Optional<ConstantValue>> results = new IdentityHashMap<>();

    ValueConverter(ConstantEvaluator evaluator, Diagnostics diagnostics) {
        this.evaluator = evaluator;
        this.diagnostics = diagnostics;
    }

    Optional<ConstantValue> convert(AstExpr expression, ValueTarget target) {
        Optional<ConstantValue> known = results.get(expression);
        if (known != null) {
            return known;
        }
        Optional<ConstantValue> result = compute(expression, target);
        results.put(expression, result);
        return result;
    }

    private Optional<ConstantValue> compute(AstExpr expression, ValueTarget target) {
        if (target.generic()) {
            return fail(DiagnosticCode.GENERIC_CONSTANT_TARGET, expression,
                    "Generic type cannot be specified with a constant literal.");
        }
        Optional<Evaluated> evaluated = evaluator.evaluate(expression);
        if (evaluated.isEmpty()) {
            return Optional.empty();
        }
        Evaluated value = evaluated.get();
        if (target.declared().isPresent() && value.kind() != Kind.ARRAY) {
            return enumerator(expression, target.declared().get());
        }
        Optional<ConstantValue> converted = switch (value.kind()) {
            case CHARACTER -> target.signature().equals("char")
                    ? Optional.of(new ConstantValue.CharValue(value.text().charAt(1), expression.location(),
                            expression.text()))
                    : Optional.empty();
            case STRING -> target.signature().equals("String")
                    ? Optional.of(new ConstantValue.StringValue(value.text().substring(1, value.text().length() - 1),
                            expression.location(), expression.text()))
                    : Optional.empty();
            case BOOLEAN, INT8, INT32, INT64 -> integral(expression, value.integral(), target);
            case ARRAY -> array(expression, target);
            case FLOATING -> floating(expression, value.text(), target);
        };
        if (converted.isEmpty()) {
            diagnostics.error(DiagnosticCode.INVALID_CONSTANT_TYPE, expression.location(), "Invalid type specifier for "
                    + value.kind().description() + ": " + target.signature() + " (" + expression.text() + ")");
        }
        return converted;
    }

    private Optional<ConstantValue> enumerator(AstExpr expression, DeclSymbol type) {
        if (!(type.ast() instanceof AstEnum)) {
            return fail(DiagnosticCode.INVALID_CONSTANT_TARGET, expression, "Invalid type (" + type.canonicalName()
                    + ") for a const value (" + expression.text() + ")");
        }
        // Only a reference to one of the enum's own enumerators names a value of the enum.
        if (expression instanceof AstExpr.Reference reference) {
            ConstantTarget target = evaluator.target(reference);
            if (target.isEnumerator() && target.owner() == type) {
                long value = evaluator.evaluate(target.value()).orElseThrow().integral();
                return Optional.of(new ConstantValue.EnumeratorValue(type.canonicalName(), target.name(), value,
                        expression.location(), expression.text()));
            }
        }
        return fail(DiagnosticCode.INVALID_ENUM_VALUE, expression, "Invalid value (" + expression.text()
                + ") for enum " + type.canonicalName());
    }

    private static Optional<ConstantValue> integral(AstExpr expression, long value, ValueTarget target) {
        if (target.isArray() || target.builtin().isEmpty()) {
            return Optional.empty();
        }
        BuiltinType type = target.builtin().get();
        boolean fits = switch (type) {
            case BYTE -> value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE;
            case INT -> value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
            case LONG, BOOLEAN -> true;
            default -> false;
        };
        if (!fits) {
            return Optional.empty();
        }
        if (type == BuiltinType.BOOLEAN) {
            return Optional.of(new ConstantValue.BooleanValue(value != 0, expression.location(), expression.text()));
        }
        return Optional.of(new ConstantValue.IntegralValue(value, type, expression.location(), expression.text()));
    }

    private Optional<ConstantValue> array(AstExpr expression, ValueTarget target) {
        if (!target.isArray()) {
            return Optional.empty();
        }
        List<AstExpr> elements = elements(expression);
        List<ConstantValue> converted = new ArrayList<>();
        for (AstExpr element : elements) {
            Optional<ConstantValue> value = convert(element, target.element());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            converted.add(value.get());
        }
        if (!target.dimensions().isEmpty() && elements.size() != target.dimensions().getFirst()) {
            diagnostics.error(DiagnosticCode.ARRAY_SIZE_MISMATCH, expression.location(), "Expected an array of "
                    + target.dimensions().getFirst() + " elements, but found one with " + elements.size()
                    + " elements");
            return Optional.empty();
        }
        return Optional.of(new ConstantValue.ArrayValue(converted, expression.location(), expression.text()));
    }

    /** The element expressions of an array-valued expression: a literal, or a reference to one. */
    private List<AstExpr> elements(AstExpr expression) {
        return switch (expression) {
            case AstExpr.ArrayLiteral array -> array.elements();
            case AstExpr.Reference reference -> elements(evaluator.target(reference).value());
            default -> throw new IllegalStateException(expression.text() + " evaluated to an array");
        };
    }

    private Optional<ConstantValue> floating(AstExpr expression, String text, ValueTarget target) {
        String signature = target.signature();
        boolean isFloat = signature.equals("float");
        if (!isFloat && !signature.equals("double")) {
            return Optional.empty();
        }
        boolean suffixed = text.endsWith("f");
        String digits = suffixed ? text.substring(0, text.length() - 1) : text;
        try {
            if (isFloat && suffixed) {
                float value = Float.parseFloat(digits);
                if (Float.isFinite(value)) {
                    return Optional.of(new ConstantValue.FloatValue(value, expression.location(), expression.text()));
                }
            } else if (!isFloat) {
                double value = Double.parseDouble(digits);
                if (Double.isFinite(value)) {
                    return Optional.of(new ConstantValue.DoubleValue(value, expression.location(),
                            expression.text()));
                }
            }
        } catch (NumberFormatException e) {
            // reported below, as AOSP does for any text it cannot parse
        }
        diagnostics.error(DiagnosticCode.INVALID_FLOAT_LITERAL, expression.location(), "Could not parse " + text);
        return Optional.empty();
    }

    private Optional<ConstantValue> fail(DiagnosticCode code, AstExpr at, String message) {
        diagnostics.error(code, at.location(), message);
        return Optional.empty();
    }
}
