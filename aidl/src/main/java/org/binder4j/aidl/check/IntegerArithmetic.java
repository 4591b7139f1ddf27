package org.binder4j.aidl.check;

import java.util.OptionalLong;
import org.binder4j.aidl.ast.AstExpr.BinaryOperator;
import org.binder4j.aidl.ast.AstExpr.UnaryOperator;
import org.binder4j.aidl.check.Evaluated.Kind;

/**
 * Checked integer arithmetic in one of AOSP's integral kinds. An empty result is an overflow: a result out of the
 * kind's range, division or remainder by zero (or of the minimum by -1), a shift by a negative count or by the width
 * or more, a shift of a negative value, a left shift that loses bits.
 */
final class IntegerArithmetic {
    private IntegerArithmetic() {}

    /** A unary operator on a value of {@code kind}; the result has the same kind (AOSP promotes nothing here). */
    static OptionalLong unary(UnaryOperator operator, Kind kind, long value) {
        if (kind == Kind.BOOLEAN) {
            return switch (operator) {
                case PLUS -> OptionalLong.of(value);
                // C++'s -(bool): negating false (the minimum) overflows, -true converts back to true.
                case MINUS -> value == 0 ? OptionalLong.empty() : OptionalLong.of(1);
                case NOT -> OptionalLong.of(value == 0 ? 1 : 0);
                case COMPLEMENT -> throw new IllegalArgumentException("~ on a boolean is refused before evaluation");
            };
        }
        return switch (operator) {
            case PLUS -> OptionalLong.of(value);
            case MINUS -> value == min(kind) ? OptionalLong.empty() : OptionalLong.of(-value);
            case NOT -> OptionalLong.of(value == 0 ? 1 : 0);
            case COMPLEMENT -> OptionalLong.of(narrow(kind, ~value));
        };
    }

    /** A non-shift, non-logical binary operator on two values promoted to {@code kind} (INT32 or INT64). */
    static OptionalLong binary(BinaryOperator operator, Kind kind, long left, long right) {
        return switch (operator) {
            case ADD -> ranged(kind, kind == Kind.INT64 ? addExact(left, right) : OptionalLong.of(left + right));
            case SUBTRACT -> ranged(kind, kind == Kind.INT64 ? subtractExact(left, right)
                    : OptionalLong.of(left - right));
            case MULTIPLY -> ranged(kind, kind == Kind.INT64 ? multiplyExact(left, right)
                    : OptionalLong.of(left * right));
            case DIVIDE -> divisionOverflows(kind, left, right) ? OptionalLong.empty() : OptionalLong.of(left / right);
            case REMAINDER -> divisionOverflows(kind, left, right) ? OptionalLong.empty()
                    : OptionalLong.of(left % right);
            case OR -> OptionalLong.of(left | right);
            case XOR -> OptionalLong.of(left ^ right);
            case AND -> OptionalLong.of(left & right);
            case EQUAL -> bool(left == right);
            case NOT_EQUAL -> bool(left != right);
            case LESS -> bool(left < right);
            case GREATER -> bool(left > right);
            case LESS_EQUAL -> bool(left <= right);
            case GREATER_EQUAL -> bool(left >= right);
            case LOGICAL_OR -> bool(left != 0 || right != 0);
            case LOGICAL_AND -> bool(left != 0 && right != 0);
            case SHIFT_LEFT, SHIFT_RIGHT -> shift(operator, kind, left, right);
        };
    }

    /** A shift in {@code kind}; a negative count shifts the other way. */
    private static OptionalLong shift(BinaryOperator operator, Kind kind, long value, long count) {
        boolean left = operator == BinaryOperator.SHIFT_LEFT;
        if (count < 0) {
            left = !left;
            count = -count;
        }
        int bits = kind == Kind.INT64 ? 64 : 32;
        if (count < 0 || count >= bits || value < 0) {
            return OptionalLong.empty();
        }
        if (!left) {
            return OptionalLong.of(value >> count);
        }
        int leadingZeros = kind == Kind.INT64 ? Long.numberOfLeadingZeros(value)
                : Integer.numberOfLeadingZeros((int) value);
        return count > leadingZeros ? OptionalLong.empty() : OptionalLong.of(narrow(kind, value << count));
    }

    private static boolean divisionOverflows(Kind kind, long left, long right) {
        return right == 0 || (left == min(kind) && right == -1);
    }

    private static OptionalLong ranged(Kind kind, OptionalLong result) {
        if (result.isEmpty()) {
            return result;
        }
        long value = result.getAsLong();
        return value < min(kind) || value > max(kind) ? OptionalLong.empty() : result;
    }

    private static OptionalLong addExact(long left, long right) {
        long sum = left + right;
        return ((left ^ sum) & (right ^ sum)) < 0 ? OptionalLong.empty() : OptionalLong.of(sum);
    }

    private static OptionalLong subtractExact(long left, long right) {
        long difference = left - right;
        return ((left ^ right) & (left ^ difference)) < 0 ? OptionalLong.empty() : OptionalLong.of(difference);
    }

    private static OptionalLong multiplyExact(long left, long right) {
        long high = Math.multiplyHigh(left, right);
        long low = left * right;
        return (high == 0 && low >= 0) || (high == -1 && low < 0) ? OptionalLong.of(low) : OptionalLong.empty();
    }

    private static OptionalLong bool(boolean value) {
        return OptionalLong.of(value ? 1 : 0);
    }

    private static long narrow(Kind kind, long value) {
        return switch (kind) {
            case INT8 -> (byte) value;
            case INT32 -> (int) value;
            default -> value;
        };
    }

    private static long min(Kind kind) {
        return switch (kind) {
            case BOOLEAN -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    private static long max(Kind kind) {
        return switch (kind) {
            case BOOLEAN -> 1;
            case INT8 -> Byte.MAX_VALUE;
            case INT32 -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }
}
