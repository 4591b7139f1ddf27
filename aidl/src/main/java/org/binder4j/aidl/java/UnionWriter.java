package org.binder4j.aidl.java;

import static org.binder4j.aidl.java.RuntimeNames.CREATOR;
import static org.binder4j.aidl.java.RuntimeNames.OBJECT;
import static org.binder4j.aidl.java.RuntimeNames.PARCEL;
import static org.binder4j.aidl.java.RuntimeNames.PARCELABLE;
import static org.binder4j.aidl.java.RuntimeNames.STRING;

import java.util.List;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.Field;
import org.binder4j.aidl.model.UnionDeclaration;

/**
 * A union as a final Java class (aidl.md §3.8): one int tag constant per field, the active tag and value, a static
 * factory, a getter that refuses the wrong tag and (unless {@code @JavaOnlyImmutable}) a setter per field, and the
 * nested {@code Tag} constants. On the wire: the int32 tag, then the active field's value; there is no size prefix.
 */
final class UnionWriter {
    private static final String PARCEL_VARIABLE = "_aidl_parcel";
    private static final String FLAGS_VARIABLE = "_aidl_flag";

    private final DeclarationWriter declarations;

    UnionWriter(DeclarationWriter declarations) {
        this.declarations = declarations;
    }

    void write(JavaWriter out, UnionDeclaration union, boolean nested) {
        String name = union.name();
        List<Field> fields = union.fields();
        Docs.preamble(out, union.comments(), union.annotations());
        out.open("public " + (nested ? "static " : "") + "final class " + name
                + JavaTypes.typeParameters(union.typeParameters()) + " implements " + PARCELABLE);
        declarations.constants(out, union.constants());
        out.blank();
        for (int i = 0; i < fields.size(); i++) {
            out.line("public static final int " + fields.get(i).name() + " = " + i + ";");
        }
        out.blank();
        out.line("public static final " + CREATOR + "<" + name + "> CREATOR = " + CREATOR + ".of(" + name + "::new, "
                + name + "::readFromParcel, " + name + "[]::new);");
        out.blank();
        out.line("private int _tag;");
        out.line("private " + OBJECT + " _value;");
        out.blank();
        Field first = fields.getFirst();
        out.line("/** Holds {@code " + first.name() + "} with its default value. */");
        out.open("public " + name + "()");
        out.line(JavaTypes.of(first.type()) + " _value = " + first.defaultValue().map(ConstantLiterals::initializer)
                .orElse(JavaTypes.zero(first.type())) + ";");
        out.line("this._tag = " + first.name() + ";");
        out.line("this._value = _value;");
        out.close();
        out.blank();
        out.open("private " + name + "(int _tag, " + OBJECT + " _value)");
        out.line("this._tag = _tag;");
        out.line("this._value = _value;");
        out.close();
        out.blank();
        out.line("/** The tag of the field that is set. */");
        out.open("public int getTag()");
        out.line("return _tag;");
        out.close();
        boolean immutable = union.annotations().has(AnnotationKind.JAVA_ONLY_IMMUTABLE);
        for (Field field : fields) {
            out.blank();
            writeAccessors(out, union, field, immutable);
        }
        out.blank();
        writeWrite(out, fields);
        out.blank();
        writeRead(out, fields, immutable);
        if (union.header().vintfStability()) {
            out.blank();
            ParcelableWriter.writeVintfStability(out);
        }
        if (fields.stream().anyMatch(f -> Marshalling.mayHoldDescriptors(f.type()))) {
            out.blank();
            out.line("@Override");
            out.open("public int describeContents()");
            out.line("return " + PARCELABLE + ".describeContentsOf(_value);");
            out.close();
        }
        if (union.annotations().javaDerives("toString")) {
            out.blank();
            writeToString(out, union);
        }
        if (union.annotations().javaDerives("equals")) {
            out.blank();
            writeEquals(out, union);
        }
        out.blank();
        writeTagChecks(out, fields);
        declarations.writeNested(out, union.nestedTypes());
        out.close();
    }

    /** The factory, the getter, and unless {@code immutable} the setter of one field. */
    private static void writeAccessors(JavaWriter out, UnionDeclaration union, Field field, boolean immutable) {
        String type = JavaTypes.of(field.type());
        String name = field.name();
        String typeParameters = JavaTypes.typeParameters(union.typeParameters());
        out.line("/** A union holding {@code " + name + "}. */");
        out.open("public static " + (typeParameters.isEmpty() ? "" : typeParameters + " ") + union.name()
                + typeParameters + " " + name + "(" + type + " _value)");
        out.line("return new " + union.name() + (typeParameters.isEmpty() ? "" : "<>") + "(" + name + ", _value);");
        out.close();
        out.blank();
        if (field.comments().isEmpty()) {
            out.line("/** The value of {@code " + name + "}; throws IllegalStateException if another field is set. */");
        }
        Docs.preamble(out, field.comments(), field.type().annotations());
        if (field.type().isGeneric()) {
            out.line("@java.lang.SuppressWarnings(\"unchecked\")");
        }
        out.open("public " + type + " " + getter(field) + "()");
        out.line("_assertTag(" + name + ");");
        out.line("return (" + type + ") _value;");
        out.close();
        if (immutable) {
            return;
        }
        out.blank();
        out.line("/** Sets {@code " + name + "}, which becomes the field that is set. */");
        out.open("public void set" + getter(field).substring(3) + "(" + type + " _value)");
        out.line("_set(" + name + ", _value);");
        out.close();
    }

    private static void writeWrite(JavaWriter out, List<Field> fields) {
        out.line("@Override");
        out.open("public final void writeToParcel(" + PARCEL + " " + PARCEL_VARIABLE + ", int " + FLAGS_VARIABLE + ")");
        out.line(PARCEL_VARIABLE + ".writeInt(_tag);");
        out.open("switch (_tag)");
        for (Field field : fields) {
            String write = Marshalling.write(field.type(), PARCEL_VARIABLE, getter(field) + "()", FLAGS_VARIABLE);
            out.line("case " + field.name() + " -> " + write);
        }
        out.close();
        out.close();
    }

    /** {@code readFromParcel}: private for an immutable union, which only its creator fills. */
    private static void writeRead(JavaWriter out, List<Field> fields, boolean immutable) {
        out.line("/** Replaces the content with the union written at the parcel's position. */");
        out.open((immutable ? "private" : "public") + " void readFromParcel(" + PARCEL + " " + PARCEL_VARIABLE
                + ")");
        if (fields.stream().anyMatch(f -> Marshalling.needsClassLoader(f.type()))) {
            out.line(Marshalling.CLASS_LOADER_DECLARATION);
        }
        out.line("int _aidl_tag = " + PARCEL_VARIABLE + ".readInt();");
        out.open("switch (_aidl_tag)");
        for (Field field : fields) {
            out.line("case " + field.name() + " -> _set(_aidl_tag, " + Marshalling.create(field.type(), PARCEL_VARIABLE)
                    + ");");
        }
        out.line("default -> throw new java.lang.IllegalArgumentException(\"union: unknown tag: \" + _aidl_tag);");
        out.close();
        out.close();
    }

    private void writeToString(JavaWriter out, UnionDeclaration union) {
        out.line("@Override");
        out.open("public " + STRING + " toString()");
        out.open("return switch (_tag)");
        for (Field field : union.fields()) {
            out.line("case " + field.name() + " -> \"" + union.canonicalName() + "." + field.name() + "(\" + "
                    + Derived.format(declarations.context(), field.type(), getter(field) + "()") + " + \")\";");
        }
        out.line("default -> throw new java.lang.IllegalStateException(\"unknown field: \" + _tag);");
        out.close(";");
        out.close();
    }

    private static void writeEquals(JavaWriter out, UnionDeclaration union) {
        out.line("@Override");
        out.open("public boolean equals(" + OBJECT + " other)");
        out.open("if (this == other)");
        out.line("return true;");
        out.close();
        out.line("return other instanceof " + union.name() + JavaTypes.wildcards(union.typeParameters())
                + " _aidl_that");
        out.line("        && _tag == _aidl_that._tag && java.util.Objects.deepEquals(_value, _aidl_that._value);");
        out.close();
        out.blank();
        out.line("@Override");
        out.open("public int hashCode()");
        out.line("return java.util.Arrays.deepHashCode(new " + OBJECT + "[] {_tag, _value});");
        out.close();
    }

    private static void writeTagChecks(JavaWriter out, List<Field> fields) {
        out.open("private void _assertTag(int _aidl_tag)");
        out.open("if (_tag != _aidl_tag)");
        out.line("throw new java.lang.IllegalStateException(\"bad access: \" + _tagString(_aidl_tag) + \", \" + "
                + "_tagString(_tag) + \" is available.\");");
        out.close();
        out.close();
        out.blank();
        out.open("private static " + STRING + " _tagString(int _aidl_tag)");
        out.open("return switch (_aidl_tag)");
        for (Field field : fields) {
            out.line("case " + field.name() + " -> \"" + field.name() + "\";");
        }
        out.line("default -> throw new java.lang.IllegalStateException(\"unknown field: \" + _aidl_tag);");
        out.close(";");
        out.close();
        out.blank();
        out.open("private void _set(int _aidl_tag, " + OBJECT + " _aidl_value)");
        out.line("this._tag = _aidl_tag;");
        out.line("this._value = _aidl_value;");
        out.close();
    }

    private static String getter(Field field) {
        return "get" + Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1);
    }
}
