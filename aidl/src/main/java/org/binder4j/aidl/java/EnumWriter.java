package org.binder4j.aidl.java;

import static org.binder4j.aidl.java.RuntimeNames.STRING;

import org.binder4j.aidl.model.EnumDeclaration;
import org.binder4j.aidl.model.Enumerator;

/**
 * An enum as a Java {@code @interface} of constants of its backing type (aidl.md §3.8): AIDL enums are not Java
 * enums, their values travel and are stored as the backing primitive. {@code @JavaDerive(toString=true)} adds the
 * nested {@code $} with {@code toString(value)} and {@code arrayToString(array)}.
 */
final class EnumWriter {
    private EnumWriter() {}

    static void write(JavaWriter out, EnumDeclaration anEnum) {
        String backing = anEnum.backingType().aidlName();
        Docs.preamble(out, anEnum.comments(), anEnum.annotations());
        out.open("public @interface " + anEnum.name());
        for (Enumerator enumerator : anEnum.enumerators()) {
            Docs.preamble(out, enumerator.comments(), org.binder4j.aidl.model.Annotations.NONE);
            out.line("public static final " + backing + " " + enumerator.name() + " = "
                    + ConstantLiterals.initializer(enumerator.value()) + ";");
        }
        if (anEnum.annotations().javaDerives("toString")) {
            out.blank();
            writeNames(out, anEnum, backing);
        }
        out.close();
    }

    private static void writeNames(JavaWriter out, EnumDeclaration anEnum, String backing) {
        String boxed = switch (backing) {
            case "byte" -> "java.lang.Byte";
            case "int" -> "java.lang.Integer";
            default -> "java.lang.Long";
        };
        out.line("/** The enumerators' names ({@code @JavaDerive(toString=true)}). */");
        out.open("interface $");
        out.line("/** The name of the value, or its number when no enumerator has it. */");
        out.open("static " + STRING + " toString(" + backing + " _aidl_v)");
        for (Enumerator enumerator : anEnum.enumerators()) {
            out.open("if (_aidl_v == " + enumerator.name() + ")");
            out.line("return \"" + enumerator.name() + "\";");
            out.close();
        }
        out.line("return " + boxed + ".toString(_aidl_v);");
        out.close();
        out.blank();
        out.line("/** {@code [NAME, ...]} for an array of values, nested arrays included. */");
        out.open("static " + STRING + " arrayToString(" + RuntimeNames.OBJECT + " _aidl_array)");
        out.line("return " + RuntimeNames.ENUM_ARRAYS + ".toString(_aidl_array, " + backing + ".class, _aidl_e -> "
                + "toString((" + backing + ") _aidl_e));");
        out.close();
        out.close();
    }
}
