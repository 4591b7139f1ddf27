package org.binder4j;

import java.lang.reflect.Array;
import java.util.StringJoiner;
import java.util.function.LongFunction;

/**
 * Formats arrays of AIDL enum values, which are arrays of the enum's backing primitive: what the {@code $} helper of an
 * enum with {@code @JavaDerive(toString=true)} uses.
 */
public final class EnumArrays {
    private EnumArrays() {}

    /**
     * {@code [NAME, NAME, ...]} for a {@code byte[]}, {@code int[]} or {@code long[]} of {@code backing} elements,
     * nested arrays recursively; {@code "null"} for null.
     *
     * @param names the enumerator's name for a value, the number itself for a value with none
     * @throws IllegalArgumentException if {@code array} is not an array of {@code backing} (or arrays of them)
     */
    public static String toString(Object array, Class<?> backing, LongFunction<String> names) {
        if (array == null) {
            return "null";
        }
        Class<?> type = array.getClass();
        if (!type.isArray()) {
            throw new IllegalArgumentException("not an array: " + array);
        }
        StringJoiner joiner = new StringJoiner(", ", "[", "]");
        int length = Array.getLength(array);
        Class<?> component = type.getComponentType();
        if (component.isArray()) {
            for (int i = 0; i < length; i++) {
                joiner.add(toString(Array.get(array, i), backing, names));
            }
        } else if (component == backing) {
            for (int i = 0; i < length; i++) {
                joiner.add(names.apply(((Number) Array.get(array, i)).longValue()));
            }
        } else {
            throw new IllegalArgumentException("an array of " + component.getName() + " holds no enum backed by "
                    + backing.getName());
        }
        return joiner.toString();
    }
}
