package org.binder4j.cli.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binder4j.Parcel;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.EnumDeclaration;
import org.binder4j.aidl.model.Enumerator;
import org.binder4j.aidl.model.Field;
import org.binder4j.aidl.model.ParcelableDeclaration;
import org.binder4j.aidl.model.TypeRef;

/**
 * Reads values of AIDL types from a reply as the generated Java proxy reads them (the mirror of
 * {@link AidlArgumentWriter}), into plain values for {@link AidlValueText}: null, Boolean, Character, Long,
 * Float, Double, String, {@link EnumValue}, List (arrays and lists) and an ordered Map of field names (parcelables).
 */
final class AidlReplyReader {
    /** An enum value: its enumerator's name, or its number when no enumerator has it. */
    record EnumValue(String text) {}

    private final AidlModel model;
    private final Parcel reply;

    AidlReplyReader(AidlModel model, Parcel reply) {
        this.model = model;
        this.reply = reply;
    }

    Object read(TypeRef type) {
        AidlShape shape = AidlShape.of(type, type.signature());
        return switch (shape) {
            case ARRAY, LIST -> readItems(AidlShape.elementOf(type));
            case PARCELABLE -> reply.readInt() == 0 ? null : readBody(AidlShape.parcelableOf(type, model));
            case ENUM -> enumValue(AidlShape.enumOf(type, model), (Long) readScalar(AidlShape.wire(type, shape, model)));
            default -> readScalar(shape);
        };
    }

    private List<Object> readItems(TypeRef element) {
        AidlShape shape = AidlShape.of(element, element.signature());
        if (AidlShape.wire(element, shape, model) == AidlShape.BYTE) {
            return readBytes(element, shape);
        }
        int length = reply.readInt();
        if (length < 0) {
            return null;
        }
        if (length > reply.dataAvail()) {
            throw new IllegalStateException("the reply holds an array of " + length + " elements but only "
                    + reply.dataAvail() + " bytes remain");
        }
        List<Object> values = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            values.add(read(element));
        }
        return values;
    }

    /** Byte arrays travel packed, four to a word. */
    private List<Object> readBytes(TypeRef element, AidlShape shape) {
        byte[] bytes = reply.createByteArray();
        if (bytes == null) {
            return null;
        }
        List<Object> values = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            values.add(shape == AidlShape.ENUM ? enumValue(AidlShape.enumOf(element, model), b) : (Object) (long) b);
        }
        return values;
    }

    private Map<String, Object> readBody(ParcelableDeclaration parcelable) {
        int end = reply.beginSizedRead();
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Field field : parcelable.fields()) {
            if (reply.dataPosition() >= end) {
                break;
            }
            fields.put(field.name(), read(field.type()));
        }
        reply.endSizedRead(end);
        return fields;
    }

    private Object readScalar(AidlShape shape) {
        return switch (shape) {
            case BOOLEAN -> reply.readBoolean();
            case BYTE -> (long) reply.readByte();
            case CHAR -> (char) reply.readInt();
            case INT -> (long) reply.readInt();
            case LONG -> reply.readLong();
            case FLOAT -> reply.readFloat();
            case DOUBLE -> reply.readDouble();
            case STRING -> reply.readString();
            default -> throw new IllegalStateException("not a scalar: " + shape);
        };
    }

    private static EnumValue enumValue(EnumDeclaration declaration, long value) {
        for (Enumerator enumerator : declaration.enumerators()) {
            if (enumerator.value().value() == value) {
                return new EnumValue(enumerator.name());
            }
        }
        return new EnumValue(Long.toString(value));
    }
}
