package org.binder4j.cli.service;

import java.util.HashSet;
import java.util.Set;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.ArrayKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.model.EnumDeclaration;
import org.binder4j.aidl.model.Field;
import org.binder4j.aidl.model.ParcelableDeclaration;
import org.binder4j.aidl.model.TypeRef;
import org.binder4j.cli.support.CommandFailure;

/**
 * How {@code service call NAME METHOD} moves a value of an AIDL type: the subset of the generated proxy's type table
 * (primitives, String, enums, structured parcelables, dynamic arrays and {@code List<>} of those) that can be
 * written from text and read back for printing. Anything else (binders, interfaces, descriptors, maps, unions,
 * fixed-size arrays, hand-written parcelables) is refused before anything is sent.
 */
enum AidlShape {
    BOOLEAN, BYTE, CHAR, INT, LONG, FLOAT, DOUBLE, STRING, ENUM, PARCELABLE, ARRAY, LIST;

    /** What the command can move, for messages. */
    static final String SUPPORTED = "primitives, String, enums, structured parcelables, and T[] and List<T> of those";

    /**
     * The shape of {@code type}.
     *
     * @throws CommandFailure naming {@code where} and the type when the command cannot move it
     */
    static AidlShape of(TypeRef type, String where) {
        if (type.arrayKind() == ArrayKind.DYNAMIC) {
            AidlShape element = of(type.elementType(), where);
            if (element == ARRAY || element == LIST) {
                throw unsupported(type, where);
            }
            return ARRAY;
        }
        if (type.arrayKind() == ArrayKind.FIXED) {
            throw unsupported(type, where);
        }
        if (type.declared().isPresent()) {
            DeclarationKind kind = type.declared().get().kind();
            if (kind == DeclarationKind.ENUM) {
                return ENUM;
            }
            if (kind == DeclarationKind.PARCELABLE) {
                return PARCELABLE;
            }
            throw unsupported(type, where);
        }
        return switch (type.builtin().orElseThrow()) {
            case BOOLEAN -> BOOLEAN;
            case BYTE -> BYTE;
            case CHAR -> CHAR;
            case INT -> INT;
            case LONG -> LONG;
            case FLOAT -> FLOAT;
            case DOUBLE -> DOUBLE;
            case STRING -> STRING;
            case LIST -> {
                if (type.typeArguments().size() != 1) {
                    throw unsupported(type, where);
                }
                AidlShape element = of(type.typeArguments().getFirst(), where);
                if (element != STRING && element != PARCELABLE) {
                    throw unsupported(type, where);
                }
                yield LIST;
            }
            default -> throw unsupported(type, where);
        };
    }

    /** The type of the elements of an {@link #ARRAY} or {@link #LIST}. */
    static TypeRef elementOf(TypeRef type) {
        return type.isArray() ? type.elementType() : type.typeArguments().getFirst();
    }

    /** The shape a value travels as: an enum's backing primitive, or the shape itself. */
    static AidlShape wire(TypeRef type, AidlShape shape, AidlModel model) {
        if (shape != ENUM) {
            return shape;
        }
        BuiltinType backing = enumOf(type, model).backingType();
        return backing == BuiltinType.BYTE ? BYTE : backing == BuiltinType.INT ? INT : LONG;
    }

    /** Whether a value of the shape is a primitive and so cannot be null. */
    boolean isPrimitive() {
        return this != STRING && this != PARCELABLE && this != ARRAY && this != LIST;
    }

    static EnumDeclaration enumOf(TypeRef type, AidlModel model) {
        return (EnumDeclaration) model.declaration(type.declared().orElseThrow());
    }

    static ParcelableDeclaration parcelableOf(TypeRef type, AidlModel model) {
        return (ParcelableDeclaration) model.declaration(type.declared().orElseThrow());
    }

    /**
     * Checks that {@code type}, and every field of the parcelables it holds, can be moved.
     *
     * @throws CommandFailure naming {@code where} and the first type that cannot
     */
    static void check(TypeRef type, String where, AidlModel model) {
        check(type, where, model, new HashSet<>());
    }

    private static void check(TypeRef type, String where, AidlModel model, Set<String> visited) {
        AidlShape shape = of(type, where);
        if (shape == ARRAY || shape == LIST) {
            check(elementOf(type), where, model, visited);
        } else if (shape == PARCELABLE) {
            if (!(model.declaration(type.declared().orElseThrow()) instanceof ParcelableDeclaration parcelable)) {
                throw unsupported(type, where);
            }
            if (visited.add(parcelable.canonicalName())) {
                for (Field field : parcelable.fields()) {
                    check(field.type(), where + ", field " + parcelable.name() + "." + field.name(), model, visited);
                }
            }
        }
    }

    private static CommandFailure unsupported(TypeRef type, String where) {
        return new CommandFailure(where + " has type " + type.signature() + ", which service call cannot move by"
                + " method name (it moves " + SUPPORTED + "); call it by code instead");
    }
}
