package org.binder4j.aidl.java;

import java.util.List;
import java.util.stream.Collectors;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.Field;
import org.binder4j.aidl.model.ParcelableDeclaration;

/**
 * What {@code @JavaOnlyImmutable} adds to a parcelable, whose fields are final: a constructor taking every field
 * (lists and maps kept unmodifiable) and a {@code Builder} whose fields start at the AIDL defaults.
 */
final class ImmutableParts {
    private final ParcelableDeclaration parcelable;

    ImmutableParts(ParcelableDeclaration parcelable) {
        this.parcelable = parcelable;
    }

    static String setter(Field field) {
        return "set" + Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1);
    }

    void write(JavaWriter out) {
        List<Field> fields = parcelable.fields();
        String name = parcelable.name();
        String typeParameters = JavaTypes.typeParameters(parcelable.typeParameters());
        out.line("/** Sets every field; lists and maps are kept as unmodifiable views. */");
        out.open("public " + name + "(" + fields.stream().map(f -> JavaTypes.of(f.type()) + " " + f.name())
                .collect(Collectors.joining(", ")) + ")");
        for (Field field : fields) {
            out.line("this." + field.name() + " = " + unmodifiable(field) + ";");
        }
        out.close();
        out.blank();
        out.line("/** Builds a {@link " + name + "} field by field; the fields not set keep their AIDL defaults. */");
        out.open("public static final class Builder" + typeParameters);
        for (Field field : fields) {
            out.line("private " + ParcelableWriter.declaration(parcelable, field));
        }
        for (Field field : fields) {
            String type = JavaTypes.of(field.type());
            out.blank();
            out.open("public Builder" + typeParameters + " " + setter(field) + "(" + type + " " + field.name() + ")");
            out.line("this." + field.name() + " = " + field.name() + ";");
            out.line("return this;");
            out.close();
        }
        out.blank();
        out.open("public " + name + typeParameters + " build()");
        out.line("return new " + name + (typeParameters.isEmpty() ? "" : "<>") + "("
                + fields.stream().map(Field::name).collect(Collectors.joining(", ")) + ");");
        out.close();
        out.close();
    }

    private static String unmodifiable(Field field) {
        String name = field.name();
        if (field.type().is(BuiltinType.LIST)) {
            return name + " == null ? null : java.util.Collections.unmodifiableList(" + name + ")";
        }
        if (field.type().is(BuiltinType.MAP)) {
            return name + " == null ? null : java.util.Collections.unmodifiableMap(" + name + ")";
        }
        return name;
    }
}
