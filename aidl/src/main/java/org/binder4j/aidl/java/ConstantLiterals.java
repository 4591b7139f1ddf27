package org.binder4j.aidl.java;

import java.util.stream.Collectors;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.ConstantValue;
import org.binder4j.aidl.model.TypeRef;

/** Evaluated AIDL constants as Java literals. */
final class ConstantLiterals {
    private ConstantLiterals() {}

    /**
     * The value as a variable initializer: an array is written {@code {a, b}}, which Java accepts only where a
     * variable is declared.
     */
    static String initializer(ConstantValue value) {
        return switch (value) {
            case ConstantValue.BooleanValue v -> Boolean.toString(v.value());
            case ConstantValue.IntegralValue v ->
                    v.type() == BuiltinType.LONG ? v.value() + "L" : Long.toString(v.value());
            case ConstantValue.FloatValue v -> floatLiteral(v.value());
            case ConstantValue.DoubleValue v -> doubleLiteral(v.value());
            case ConstantValue.CharValue v -> "'" + escape(String.valueOf(v.value()), '\'') + "'";
            case ConstantValue.StringValue v -> string(v.value());
            case ConstantValue.EnumeratorValue v -> v.enumType() + "." + v.enumerator();
            case ConstantValue.ArrayValue v -> v.elements().stream().map(ConstantLiterals::initializer)
                    .collect(Collectors.joining(", ", "{", "}"));
        };
    }

    /** The value as an expression of {@code type}: arrays become array creations. */
    static String expression(ConstantValue value, TypeRef type) {
        return value instanceof ConstantValue.ArrayValue ? "new " + JavaTypes.erasure(type) + " " + initializer(value)
                : initializer(value);
    }

    /** A Java string literal for {@code text}. */
    static String string(String text) {
        return "\"" + escape(text, '"') + "\"";
    }

    private static String floatLiteral(float value) {
        if (Float.isNaN(value)) {
            return "java.lang.Float.NaN";
        }
        if (Float.isInfinite(value)) {
            return value > 0 ? "java.lang.Float.POSITIVE_INFINITY" : "java.lang.Float.NEGATIVE_INFINITY";
        }
        return value + "f";
    }

    private static String doubleLiteral(double value) {
        if (Double.isNaN(value)) {
            return "java.lang.Double.NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "java.lang.Double.POSITIVE_INFINITY" : "java.lang.Double.NEGATIVE_INFINITY";
        }
        return value + "d";
    }

    /** Escapes the quote, backslashes and anything outside printable ASCII. */
    private static String escape(String text, char quote) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
