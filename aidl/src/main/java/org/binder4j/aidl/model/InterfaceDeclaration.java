package org.binder4j.aidl.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An interface.
 *
 * @param oneway declared {@code oneway interface} (every method is then oneway)
 * @param descriptor the interface token: {@code @Descriptor}'s value, else the canonical name
 * @param methods the user's methods in declaration order, ids assigned
 * @param version with {@code --version N}: the meta method {@code getInterfaceVersion()}
 *     ({@link TransactionIds#GET_INTERFACE_VERSION_ID}) answers N
 * @param hash with {@code --hash H}: the meta method {@code getInterfaceHash()}
 *     ({@link TransactionIds#GET_INTERFACE_HASH_ID}) answers H
 */
public record InterfaceDeclaration(DeclarationHeader header, boolean oneway, String descriptor,
        List<Constant> constants, List<Method> methods, List<TypeDeclaration> nestedTypes, OptionalInt version,
        Optional<String> hash) implements TypeDeclaration {
    public InterfaceDeclaration {
        constants = List.copyOf(constants);
        methods = List.copyOf(methods);
        nestedTypes = List.copyOf(nestedTypes);
    }

    @Override
    public DeclarationKind kind() {
        return DeclarationKind.INTERFACE;
    }
}
