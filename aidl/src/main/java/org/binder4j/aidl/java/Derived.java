package org.binder4j.aidl.java;

import org.binder4j.aidl.model.ArrayKind;
import org.binder4j.aidl.model.TypeRef;

/** Pieces of the {@code @JavaDerive} methods shared by parcelables and unions. */
final class Derived {
    private Derived() {}

    /**
     * The expression that formats {@code value} of {@code type} for toString(): arrays by their elements, enums with
     * {@code @JavaDerive(toString=true)} by name.
     */
    static String format(JavaContext context, TypeRef type, String value) {
        TypeRef element = type;
        while (element.isArray()) {
            element = element.elementType();
        }
        if (context.isNamedEnum(element)) {
            String names = element.declared().orElseThrow().canonicalName() + ".$";
            return names + (type.isArray() ? ".arrayToString(" : ".toString(") + value + ")";
        }
        if (!type.isArray()) {
            return value;
        }
        boolean nested = type.arrayKind() == ArrayKind.FIXED && type.dimensions().size() > 1;
        return "java.util.Arrays." + (nested ? "deepToString(" : "toString(") + value + ")";
    }
}
