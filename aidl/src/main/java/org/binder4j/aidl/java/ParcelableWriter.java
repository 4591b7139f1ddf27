package org.binder4j.aidl.java;

import static org.binder4j.aidl.java.RuntimeNames.CREATOR;
import static org.binder4j.aidl.java.RuntimeNames.OBJECT;
import static org.binder4j.aidl.java.RuntimeNames.PARCEL;
import static org.binder4j.aidl.java.RuntimeNames.PARCELABLE;
import static org.binder4j.aidl.java.RuntimeNames.STRING;

import java.util.List;
import java.util.stream.Collectors;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.model.Field;
import org.binder4j.aidl.model.ParcelableDeclaration;

/**
 * A structured parcelable as a Java class (aidl.md §3.8): public fields with their AIDL defaults (primitives
 * without one start at zero), a {@code CREATOR}, and the size-prefixed body: {@code writeToParcel} writes the byte
 * size of the body first, and {@code readFromParcel} stops at that size, so that readers and writers of different
 * versions (fields added at the end) understand each other.
 */
final class ParcelableWriter {
    private static final String PARCEL_VARIABLE = "_aidl_parcel";
    private static final String FLAGS_VARIABLE = "_aidl_flag";

    private final DeclarationWriter declarations;

    ParcelableWriter(DeclarationWriter declarations) {
        this.declarations = declarations;
    }

    void write(JavaWriter out, ParcelableDeclaration parcelable, boolean nested) {
        String name = parcelable.name();
        boolean immutable = parcelable.annotations().has(AnnotationKind.JAVA_ONLY_IMMUTABLE);
        Docs.preamble(out, parcelable.comments(), parcelable.annotations());
        out.open("public " + (nested ? "static " : "") + "class " + name
                + JavaTypes.typeParameters(parcelable.typeParameters()) + " implements " + PARCELABLE);
        declarations.constants(out, parcelable.constants());
        out.blank();
        boolean documented = false;
        for (Field field : parcelable.fields()) {
            if (documented || !field.comments().isEmpty()) {
                out.blank();
            }
            documented = !field.comments().isEmpty();
            if (immutable) {
                Docs.preamble(out, field.comments(), field.type().annotations());
                out.line("public final " + JavaTypes.of(field.type()) + " " + field.name() + ";");
            } else {
                writeField(out, parcelable, field);
            }
        }
        out.blank();
        if (immutable) {
            out.line("public static final " + CREATOR + "<" + name + "> CREATOR = " + CREATOR + ".of(" + name
                    + "::internalCreateFromParcel, " + name + "[]::new);");
            out.blank();
            new ImmutableParts(parcelable).write(out);
        } else {
            out.line("public static final " + CREATOR + "<" + name + "> CREATOR = " + CREATOR + ".of(" + name
                    + "::new, " + name + "::readFromParcel, " + name + "[]::new);");
        }
        out.blank();
        writeWrite(out, parcelable);
        out.blank();
        writeRead(out, parcelable, immutable);
        if (parcelable.header().vintfStability()) {
            out.blank();
            writeVintfStability(out);
        }
        List<Field> withDescriptors = parcelable.fields().stream()
                .filter(f -> Marshalling.mayHoldDescriptors(f.type()))
                .toList();
        if (!withDescriptors.isEmpty()) {
            out.blank();
            out.line("@Override");
            out.open("public int describeContents()");
            out.line("int _mask = 0;");
            withDescriptors.forEach(f -> out.line("_mask |= " + PARCELABLE + ".describeContentsOf(" + f.name() + ");"));
            out.line("return _mask;");
            out.close();
        }
        if (parcelable.annotations().javaDerives("toString")) {
            out.blank();
            writeToString(out, parcelable);
        }
        if (parcelable.annotations().javaDerives("equals")) {
            out.blank();
            writeEquals(out, parcelable);
        }
        declarations.writeNested(out, parcelable.nestedTypes());
        out.close();
    }

    private static void writeField(JavaWriter out, ParcelableDeclaration parcelable, Field field) {
        Docs.preamble(out, field.comments(), field.type().annotations());
        out.line("public " + declaration(parcelable, field));
    }

    /**
     * A field's declaration after its modifiers, with its initializer: the AIDL default, Java's zero for a primitive
     * without one (an enum without one gets none, as in AOSP), a new holder for a ParcelableHolder.
     */
    static String declaration(ParcelableDeclaration parcelable, Field field) {
        String declaration = JavaTypes.of(field.type()) + " " + field.name();
        if (field.type().is(BuiltinType.PARCELABLE_HOLDER)) {
            String stability = parcelable.header().vintfStability() ? "PARCELABLE_STABILITY_VINTF"
                    : "PARCELABLE_STABILITY_LOCAL";
            return "final " + declaration + " = new " + RuntimeNames.PARCELABLE_HOLDER + "(" + PARCELABLE + "."
                    + stability + ");";
        }
        if (field.defaultValue().isPresent()) {
            return declaration + " = " + ConstantLiterals.initializer(field.defaultValue().get()) + ";";
        }
        if (!JavaTypes.primitive(field.type()).isEmpty() && !field.type().names(DeclarationKind.ENUM)) {
            return declaration + " = " + JavaTypes.zero(field.type()) + ";";
        }
        return declaration + ";";
    }

    private static void writeWrite(JavaWriter out, ParcelableDeclaration parcelable) {
        out.line("@Override");
        out.open("public final void writeToParcel(" + PARCEL + " " + PARCEL_VARIABLE + ", int " + FLAGS_VARIABLE + ")");
        out.line("int _aidl_start = " + PARCEL_VARIABLE + ".beginSizedWrite();");
        for (Field field : parcelable.fields()) {
            out.line(Marshalling.write(field.type(), PARCEL_VARIABLE, field.name(), FLAGS_VARIABLE));
        }
        out.line(PARCEL_VARIABLE + ".endSizedWrite(_aidl_start);");
        out.close();
    }

    /**
     * {@code readFromParcel}, or for an immutable parcelable {@code internalCreateFromParcel}, which collects the
     * fields in a builder.
     */
    private static void writeRead(JavaWriter out, ParcelableDeclaration parcelable, boolean immutable) {
        String name = parcelable.name() + JavaTypes.typeParameters(parcelable.typeParameters());
        out.line(immutable ? "/** Reads what {@link #writeToParcel} wrote; fields it lacked keep their defaults. */"
                : "/** Reads the fields {@link #writeToParcel} wrote; those it lacked keep their values. */");
        if (parcelable.fields().stream().anyMatch(f -> Marshalling.readsUnchecked(f.type()))) {
            out.line("@java.lang.SuppressWarnings(\"unchecked\")");
        }
        String done;
        if (immutable) {
            String typeParameters = JavaTypes.typeParameters(parcelable.typeParameters());
            out.open("private static " + (typeParameters.isEmpty() ? "" : typeParameters + " ") + name
                    + " internalCreateFromParcel(" + PARCEL + " " + PARCEL_VARIABLE + ")");
            out.line("Builder" + JavaTypes.typeParameters(parcelable.typeParameters()) + " _aidl_builder = new Builder"
                    + (parcelable.typeParameters().isEmpty() ? "" : "<>") + "();");
            done = "return _aidl_builder.build();";
        } else {
            out.open("public final void readFromParcel(" + PARCEL + " " + PARCEL_VARIABLE + ")");
            done = "return;";
        }
        if (parcelable.fields().stream().anyMatch(f -> Marshalling.needsClassLoader(f.type()))) {
            out.line(immutable ? Marshalling.CLASS_LOADER_DECLARATION.replace("this.getClass()",
                    parcelable.name() + ".class") : Marshalling.CLASS_LOADER_DECLARATION);
        }
        out.line("int _aidl_end = " + PARCEL_VARIABLE + ".beginSizedRead();");
        out.open("try");
        for (Field field : parcelable.fields()) {
            out.open("if (" + PARCEL_VARIABLE + ".dataPosition() >= _aidl_end)");
            out.line(done);
            out.close();
            if (field.type().is(BuiltinType.PARCELABLE_HOLDER)) {
                out.line(Marshalling.readInto(field.type(), PARCEL_VARIABLE, field.name()));
            } else if (immutable) {
                out.line("_aidl_builder." + ImmutableParts.setter(field) + "("
                        + Marshalling.create(field.type(), PARCEL_VARIABLE) + ");");
            } else {
                out.line(field.name() + " = " + Marshalling.create(field.type(), PARCEL_VARIABLE) + ";");
            }
        }
        out.next("finally");
        out.line(PARCEL_VARIABLE + ".endSizedRead(_aidl_end);");
        out.close();
        if (immutable) {
            out.line(done);
        }
        out.close();
    }

    static void writeVintfStability(JavaWriter out) {
        out.line("@Override");
        out.open("public int getStability()");
        out.line("return " + PARCELABLE + ".PARCELABLE_STABILITY_VINTF;");
        out.close();
    }

    private void writeToString(JavaWriter out, ParcelableDeclaration parcelable) {
        out.line("@Override");
        out.open("public " + STRING + " toString()");
        out.line("java.util.StringJoiner _aidl_sj = new java.util.StringJoiner(\", \", \"{\", \"}\");");
        for (Field field : parcelable.fields()) {
            out.line("_aidl_sj.add(\"" + field.name() + ": \" + "
                    + Derived.format(declarations.context(), field.type(), field.name()) + ");");
        }
        out.line("return \"" + parcelable.canonicalName() + "\" + _aidl_sj;");
        out.close();
    }

    private static void writeEquals(JavaWriter out, ParcelableDeclaration parcelable) {
        List<String> names = parcelable.fields().stream().map(Field::name).toList();
        out.line("@Override");
        out.open("public boolean equals(" + OBJECT + " other)");
        out.open("if (this == other)");
        out.line("return true;");
        out.close();
        String test = "other instanceof " + parcelable.name()
                + JavaTypes.wildcards(parcelable.typeParameters()) + " _aidl_that";
        if (names.isEmpty()) {
            out.line("return " + test + ";");
        } else {
            out.line("return " + test);
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                out.line("        && java.util.Objects.deepEquals(this." + name + ", _aidl_that." + name + ")"
                        + (i == names.size() - 1 ? ";" : ""));
            }
        }
        out.close();
        out.blank();
        out.line("@Override");
        out.open("public int hashCode()");
        out.line("return java.util.Arrays.deepHashCode(new " + OBJECT + "[] {"
                + names.stream().collect(Collectors.joining(", ")) + "});");
        out.close();
    }
}
