package org.binder4j.cli.service;

import org.binder4j.cli.support.UsageException;

/**
 * The text forms of AIDL's scalar values in {@code service call NAME METHOD} arguments: integers in decimal or 0x
 * hex (a byte or int may be given unsigned: 0xff, 0xffffffff), booleans as true/false, a char as one character, a
 * String as its text.
 */
final class AidlScalars {
    private AidlScalars() {}

    /**
     * The value {@code text} gives a {@code shape}: a Boolean, Character, String, Float, Double, or a Long for the
     * integral ones.
     *
     * @throws UsageException naming {@code where} when it does not fit
     */
    static Object parse(AidlShape shape, String text, String where) {
        return switch (shape) {
            case BOOLEAN -> bool(text, where);
            case BYTE -> integer(text, where, Byte.MIN_VALUE, 0xff);
            case CHAR -> character(text, where);
            case INT -> integer(text, where, Integer.MIN_VALUE, 0xffff_ffffL);
            case LONG -> integer(text, where, Long.MIN_VALUE, Long.MAX_VALUE);
            case FLOAT -> (float) decimal(text, where);
            case DOUBLE -> decimal(text, where);
            case STRING -> text;
            default -> throw new IllegalStateException("not a scalar: " + shape);
        };
    }

    /** A decimal or 0x-hex integer in [min, max]. */
    static long integer(String text, String where, long min, long max) {
        return ParcelArgument.integer(where, text, min, max);
    }

    private static boolean bool(String text, String where) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new UsageException(where + " needs true or false, not '" + text + "'");
        };
    }

    private static char character(String text, String where) {
        if (text.length() != 1) {
            throw new UsageException(where + " needs one character, not '" + text + "'");
        }
        return text.charAt(0);
    }

    private static double decimal(String text, String where) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException(where + " needs a number, not '" + text + "'");
        }
    }
}
