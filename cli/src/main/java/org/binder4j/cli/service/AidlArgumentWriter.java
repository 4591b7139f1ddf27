package org.binder4j.cli.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.binder4j.Parcel;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.EnumDeclaration;
import org.binder4j.aidl.model.Enumerator;
import org.binder4j.aidl.model.Field;
import org.binder4j.aidl.model.ParcelableDeclaration;
import org.binder4j.aidl.model.TypeRef;
import org.binder4j.cli.support.UsageException;

/**
 * Writes {@link Literal}s into a parcel as the generated Java proxy writes values of their AIDL types: primitives
 * as themselves (a byte, boolean or char in an int32), String as String16, an enum as its backing primitive, arrays
 * with their length (-1 for null), a parcelable behind a presence int32 and inside a size-prefixed body (fields in
 * declaration order, a field not given taking its default).
 */
final class AidlArgumentWriter {
    private final AidlModel model;
    private final Parcel data;

    AidlArgumentWriter(AidlModel model, Parcel data) {
        this.model = model;
        this.data = data;
    }

    /**
     * Writes {@code value} as a {@code type}.
     *
     * @throws UsageException naming {@code where} and the type when the text does not fit it
     */
    void write(TypeRef type, Literal value, String where) {
        AidlShape shape = AidlShape.of(type, where);
        if (value instanceof Literal.Scalar scalar && scalar.isNull()) {
            writeNull(type, shape, where);
            return;
        }
        switch (shape) {
            case ARRAY, LIST -> writeItems(type, shape, value, where);
            case PARCELABLE -> {
                data.writeInt(1);
                writeBody(AidlShape.parcelableOf(type, model), value, where);
            }
            default -> writeScalar(AidlShape.wire(type, shape, model), scalar(type, shape, value, where));
        }
    }

    /** A pure {@code out} argument: a dynamic array's length (what the callee allocates), nothing otherwise. */
    void writeOutLength(TypeRef type, Literal value, String where) {
        int length = (int) AidlScalars.integer(text(value, where, type), where + " (the length of the out array "
                + type.signature() + ")", -1, Integer.MAX_VALUE);
        data.writeInt(length);
    }

    private void writeNull(TypeRef type, AidlShape shape, String where) {
        if (shape.isPrimitive()) {
            throw new UsageException(where + " is a " + type.signature() + ", which cannot be null");
        }
        if (!type.isNullable()) {
            throw new UsageException(where + " is a " + type.signature() + " without @nullable, so it cannot be null");
        }
        writeNullForm(shape);
    }

    private void writeNullForm(AidlShape shape) {
        switch (shape) {
            case STRING -> data.writeString(null);
            case PARCELABLE -> data.writeInt(0);
            default -> data.writeInt(-1);
        }
    }

    private void writeItems(TypeRef type, AidlShape shape, Literal value, String where) {
        if (!(value instanceof Literal.Items items)) {
            throw new UsageException(where + " is a " + type.signature() + ": write it as [a,b,c], not '"
                    + describe(value) + "'");
        }
        TypeRef element = AidlShape.elementOf(type);
        AidlShape elementShape = AidlShape.of(element, where);
        List<Literal> list = items.items();
        if (elementShape == AidlShape.STRING || elementShape == AidlShape.PARCELABLE) {
            data.writeInt(list.size());
            for (int i = 0; i < list.size(); i++) {
                write(element, list.get(i), where + "[" + i + "]");
            }
            return;
        }
        Object[] values = new Object[list.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = scalar(element, elementShape, list.get(i), where + "[" + i + "]");
        }
        writePrimitiveArray(AidlShape.wire(element, elementShape, model), values);
    }

    private void writePrimitiveArray(AidlShape shape, Object[] values) {
        int n = values.length;
        switch (shape) {
            case BOOLEAN -> {
                boolean[] array = new boolean[n];
                for (int i = 0; i < n; i++) {
                    array[i] = (Boolean) values[i];
                }
                data.writeBooleanArray(array);
            }
            case BYTE -> {
                byte[] array = new byte[n];
                for (int i = 0; i < n; i++) {
                    array[i] = ((Number) values[i]).byteValue();
                }
                data.writeByteArray(array);
            }
            case CHAR -> {
                char[] array = new char[n];
                for (int i = 0; i < n; i++) {
                    array[i] = (Character) values[i];
                }
                data.writeCharArray(array);
            }
            case INT -> {
                int[] array = new int[n];
                for (int i = 0; i < n; i++) {
                    array[i] = ((Number) values[i]).intValue();
                }
                data.writeIntArray(array);
            }
            case LONG -> {
                long[] array = new long[n];
                for (int i = 0; i < n; i++) {
                    array[i] = ((Number) values[i]).longValue();
                }
                data.writeLongArray(array);
            }
            case FLOAT -> {
                float[] array = new float[n];
                for (int i = 0; i < n; i++) {
                    array[i] = ((Number) values[i]).floatValue();
                }
                data.writeFloatArray(array);
            }
            case DOUBLE -> {
                double[] array = new double[n];
                for (int i = 0; i < n; i++) {
                    array[i] = ((Number) values[i]).doubleValue();
                }
                data.writeDoubleArray(array);
            }
            default -> throw new IllegalStateException("not a primitive array element: " + shape);
        }
    }

    private void writeBody(ParcelableDeclaration parcelable, Literal value, String where) {
        if (!(value instanceof Literal.Fields given)) {
            throw new UsageException(where + " is a " + parcelable.canonicalName() + ": write it as {field=value,...}"
                    + " (fields " + fieldNames(parcelable) + "), not '" + describe(value) + "'");
        }
        Map<String, Literal> remaining = new HashMap<>(given.fields());
        int start = data.beginSizedWrite();
        for (Field field : parcelable.fields()) {
            String fieldWhere = where + "." + field.name();
            Literal fieldValue = remaining.remove(field.name());
            if (fieldValue == null && field.defaultValue().isEmpty()) {
                writeImplicitDefault(field.type(), fieldWhere);
            } else {
                write(field.type(), fieldValue != null ? fieldValue : Literal.of(field.defaultValue().get()),
                        fieldWhere);
            }
        }
        if (!remaining.isEmpty()) {
            throw new UsageException(where + ": " + parcelable.canonicalName() + " has no field "
                    + String.join(", ", remaining.keySet().stream().sorted().toList()) + " (its fields are "
                    + fieldNames(parcelable) + ")");
        }
        data.endSizedWrite(start);
    }

    /**
     * What a field without a default holds in a fresh generated object, and so what its writer sends when the
     * argument leaves it out: zero or false, or null even when the field is not @nullable.
     */
    private void writeImplicitDefault(TypeRef type, String where) {
        AidlShape shape = AidlShape.of(type, where);
        if (!shape.isPrimitive()) {
            writeNullForm(shape);
        } else if (shape == AidlShape.BOOLEAN) {
            data.writeBoolean(false);
        } else {
            writeScalar(AidlShape.wire(type, shape, model), shape == AidlShape.CHAR ? (Object) '\0' : (Object) 0L);
        }
    }

    private Object scalar(TypeRef type, AidlShape shape, Literal value, String where) {
        String text = text(value, where, type);
        if (shape == AidlShape.ENUM) {
            return enumValue(AidlShape.enumOf(type, model), text, where);
        }
        return AidlScalars.parse(shape, text, where + " (" + type.signature() + ")");
    }

    private static Object enumValue(EnumDeclaration declaration, String text, String where) {
        for (Enumerator enumerator : declaration.enumerators()) {
            if (enumerator.name().equals(text)) {
                return enumerator.value().value();
            }
        }
        AidlShape backing = AidlShape.valueOf(declaration.backingType().name());
        try {
            return AidlScalars.parse(backing, text, where);
        } catch (UsageException e) {
            throw new UsageException(where + " is a " + declaration.canonicalName() + ": one of "
                    + declaration.enumerators().stream().map(Enumerator::name).collect(Collectors.joining(", "))
                    + " or a " + declaration.backingType().aidlName() + " value, not '" + text + "'");
        }
    }

    private static String text(Literal value, String where, TypeRef type) {
        if (value instanceof Literal.Scalar scalar) {
            return scalar.text();
        }
        throw new UsageException(where + " is a " + type.signature() + ", not '" + describe(value) + "'");
    }

    private void writeScalar(AidlShape shape, Object value) {
        switch (shape) {
            case BOOLEAN -> data.writeBoolean((Boolean) value);
            case BYTE -> data.writeByte(((Number) value).byteValue());
            case CHAR -> data.writeChar((Character) value);
            case INT -> data.writeInt(((Number) value).intValue());
            case LONG -> data.writeLong(((Number) value).longValue());
            case FLOAT -> data.writeFloat(((Number) value).floatValue());
            case DOUBLE -> data.writeDouble(((Number) value).doubleValue());
            case STRING -> data.writeString((String) value);
            default -> throw new IllegalStateException("not a scalar: " + shape);
        }
    }

    private static String fieldNames(ParcelableDeclaration parcelable) {
        return parcelable.fields().stream().map(Field::name).collect(Collectors.joining(", "));
    }

    private static String describe(Literal value) {
        return switch (value) {
            case Literal.Scalar scalar -> scalar.text();
            case Literal.Items items -> "[...] of " + items.items().size();
            case Literal.Fields fields -> "{" + String.join(", ", fields.fields().keySet()) + "}";
        };
    }
}
