package org.binder4j.aidl.parse;

import java.util.Locale;
import java.util.Optional;
import org.binder4j.aidl.ast.AstExpr.IntegerWidth;

/**
 * The value rules of integer, character and string literals (AOSP 13, plus Android 16's {@code _} separators and
 * {@code u32}/{@code u64} suffixes).
 */
final class Literals {
    /** A parsed integer literal. */
    record IntegerValue(long value, IntegerWidth width) {}

    private Literals() {}

    /**
     * The value of an integer literal. A decimal literal is int8, int32 or int64 by magnitude unless a suffix says
     * otherwise: {@code L} is int64, {@code u8} reinterprets 0..255 as a byte, {@code u32} 0..2^32-1 as an int,
     * {@code u64} 0..2^64-1 as a long. A hex literal that fits in 32 unsigned bits is an int32 ({@code 0xffffffff} is
     * -1), otherwise an int64. Empty when the text is no valid literal (too large, conflicting suffixes, stray
     * {@code _}).
     */
    static Optional<IntegerValue> integer(String text) {
        String digits = text;
        boolean u8 = digits.endsWith("u8");
        digits = strip(digits, u8 ? 2 : 0);
        boolean u32 = digits.endsWith("u32");
        digits = strip(digits, u32 ? 3 : 0);
        boolean isLong = digits.endsWith("l") || digits.endsWith("L");
        digits = strip(digits, isLong ? 1 : 0);
        boolean u64 = digits.endsWith("u64");
        digits = strip(digits, u64 ? 3 : 0);
        int suffixes = (u8 ? 1 : 0) + (u32 ? 1 : 0) + (isLong ? 1 : 0) + (u64 ? 1 : 0);
        if (suffixes > 1 || digits.startsWith("_") || digits.endsWith("_") || digits.contains("__")) {
            return Optional.empty();
        }
        digits = digits.replace("_", "");
        try {
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                return hex(digits.substring(2), u8, u32, isLong || u64);
            }
            return decimal(digits, u8, u32, isLong, u64);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<IntegerValue> hex(String digits, boolean u8, boolean u32, boolean wide) {
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        long value = Long.parseUnsignedLong(digits, 16);
        boolean fits32 = Long.compareUnsigned(value, 0xFFFF_FFFFL) <= 0;
        if (u8) {
            return value <= 0xFF ? Optional.of(new IntegerValue((byte) value, IntegerWidth.INT8)) : Optional.empty();
        }
        if (u32) {
            return fits32 ? Optional.of(new IntegerValue((int) value, IntegerWidth.INT32)) : Optional.empty();
        }
        if (!wide && fits32) {
            return Optional.of(new IntegerValue((int) value, IntegerWidth.INT32));
        }
        return Optional.of(new IntegerValue(value, IntegerWidth.INT64));
    }

    private static Optional<IntegerValue> decimal(String digits, boolean u8, boolean u32, boolean isLong,
            boolean u64) {
        if (u64) {
            return Optional.of(new IntegerValue(Long.parseUnsignedLong(digits), IntegerWidth.INT64));
        }
        long value = Long.parseLong(digits);
        if (u8) {
            return value <= 0xFF ? Optional.of(new IntegerValue((byte) value, IntegerWidth.INT8)) : Optional.empty();
        }
        if (u32) {
            return value <= 0xFFFF_FFFFL
                    ? Optional.of(new IntegerValue((int) value, IntegerWidth.INT32))
                    : Optional.empty();
        }
        if (isLong) {
            return Optional.of(new IntegerValue(value, IntegerWidth.INT64));
        }
        IntegerWidth width = value <= Byte.MAX_VALUE ? IntegerWidth.INT8
                : value <= Integer.MAX_VALUE ? IntegerWidth.INT32 : IntegerWidth.INT64;
        return Optional.of(new IntegerValue(value, width));
    }

    private static String strip(String text, int count) {
        return text.substring(0, text.length() - count);
    }

    /** Whether {@code c} may appear in a char or string literal: printable ASCII other than backslash (no escapes). */
    static boolean isValidLiteralChar(char c) {
        return c >= 0x20 && c < 0x7f && c != '\\';
    }

    /** How AOSP prints a refused character literal: C escapes for control characters. */
    static String printable(char c) {
        return switch (c) {
            case '\0' -> "\\0";
            case '\'' -> "\\'";
            case '\\' -> "\\\\";
            case 0x07 -> "\\a";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x0B -> "\\v";
            default -> c >= 0x20 && c < 0x7f
                    ? String.valueOf(c)
                    : "\\x" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
        };
    }
}
