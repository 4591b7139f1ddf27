package org.binder4j.sys;

import java.util.function.Supplier;

/**
 * Turns a {@code -errno} result of {@link LibC} into a {@link SysException} naming the call. The lambda
 * may allocate, so hot paths test the result themselves.
 */
final class Check {
    private Check() {}

    /** Returns {@code result} when it is not negative; the call is only described on failure. */
    static int ok(int result, Supplier<String> call) {
        if (result < 0) {
            throw new SysException(call.get(), -result);
        }
        return result;
    }

    static long ok(long result, Supplier<String> call) {
        if (result < 0) {
            throw new SysException(call.get(), (int) -result);
        }
        return result;
    }
}
