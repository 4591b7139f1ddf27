package org.binder4j.aidl.model;

import java.util.List;
import java.util.Objects;
import org.binder4j.aidl.source.SourceLocation;

/**
 * An evaluated constant, already converted to the type it initialises: the value of a constant, a field default, an
 * enumerator or an annotation parameter. {@link #sourceText()} is the expression as AOSP prints it (no blanks, no
 * parentheses), {@link #location()} where it was written.
 */
public sealed interface ConstantValue {
    SourceLocation location();

    String sourceText();

    record BooleanValue(boolean value, SourceLocation location, String sourceText) implements ConstantValue {}

    /** A {@code byte}, {@code int} or {@code long} ({@link #type()}); the value is within that type's range. */
    record IntegralValue(long value, BuiltinType type, SourceLocation location, String sourceText)
            implements ConstantValue {
        public IntegralValue {
            if (type != BuiltinType.BYTE && type != BuiltinType.INT && type != BuiltinType.LONG) {
                throw new IllegalArgumentException("an integral value is a byte, int or long, not " + type);
            }
            long min = type == BuiltinType.BYTE ? Byte.MIN_VALUE : type == BuiltinType.INT ? Integer.MIN_VALUE
                    : Long.MIN_VALUE;
            long max = type == BuiltinType.BYTE ? Byte.MAX_VALUE : type == BuiltinType.INT ? Integer.MAX_VALUE
                    : Long.MAX_VALUE;
            if (value < min || value > max) {
                throw new IllegalArgumentException(value + " does not fit " + type.aidlName() + " [" + min + ", "
                        + max + "]");
            }
        }
    }

    record FloatValue(float value, SourceLocation location, String sourceText) implements ConstantValue {}

    record DoubleValue(double value, SourceLocation location, String sourceText) implements ConstantValue {}

    record CharValue(char value, SourceLocation location, String sourceText) implements ConstantValue {}

    /** The string without quotes; AIDL strings have no escapes. */
    record StringValue(String value, SourceLocation location, String sourceText) implements ConstantValue {}

    /**
     * One enumerator of an enum, as the value of a field or array element of that enum type.
     *
     * @param enumType the enum's canonical name
     * @param value the enumerator's value in the enum's backing type
     */
    record EnumeratorValue(String enumType, String enumerator, long value, SourceLocation location,
            String sourceText) implements ConstantValue {
        public EnumeratorValue {
            Objects.requireNonNull(enumType, "enumType");
            Objects.requireNonNull(enumerator, "enumerator");
        }
    }

    /** An array literal; each element is converted to the element type (one dimension less). */
    record ArrayValue(List<ConstantValue> elements, SourceLocation location, String sourceText)
            implements ConstantValue {
        public ArrayValue {
            elements = List.copyOf(elements);
        }
    }
}
