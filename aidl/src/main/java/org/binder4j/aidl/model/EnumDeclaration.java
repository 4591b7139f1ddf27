package org.binder4j.aidl.model;

import java.util.List;
import java.util.Optional;

/**
 * An enum. Enums are not Java enums: values travel and are stored as the backing primitive.
 *
 * @param backingType {@code byte} (the default), {@code int} or {@code long}
 * @param synthetic the {@code Tag} enum AIDL gives every union
 */
public record EnumDeclaration(DeclarationHeader header, BuiltinType backingType, List<Enumerator> enumerators,
        boolean synthetic) implements TypeDeclaration {
    public EnumDeclaration {
        if (backingType != BuiltinType.BYTE && backingType != BuiltinType.INT && backingType != BuiltinType.LONG) {
            throw new IllegalArgumentException(header.canonicalName() + ": backing type " + backingType
                    + " is not byte, int or long");
        }
        enumerators = List.copyOf(enumerators);
    }

    @Override
    public DeclarationKind kind() {
        return DeclarationKind.ENUM;
    }

    @Override
    public DeclaredType asType() {
        return new DeclaredType(canonicalName(), kind(), Optional.of(backingType));
    }
}
