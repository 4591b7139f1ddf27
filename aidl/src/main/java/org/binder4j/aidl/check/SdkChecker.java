package org.binder4j.aidl.check;

import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.DeclarationKind;

/**
 * Rejects types the Java runtime of the minimum SDK level lacks: arrays and lists of interfaces before Tiramisu (33),
 * {@code ParcelableHolder} before S (31). The default level, {@code current}, has everything.
 */
final class SdkChecker {
    private SdkChecker() {}

    static void check(LoadedDocument document, int minSdkVersion, Resolutions resolutions, Diagnostics diagnostics) {
        AstWalker.Visitor visitor = new AstWalker.Visitor() {
            @Override
            public void type(DeclSymbol scope, AstType type) {
                boolean listOfInterfaces = resolutions.names(type, BuiltinType.LIST) && type.typeArguments().size() == 1
                        && resolutions.names(type.typeArguments().getFirst(), DeclarationKind.INTERFACE);
                boolean arrayOfInterfaces = type.isArray() && resolutions.names(type, DeclarationKind.INTERFACE);
                if ((listOfInterfaces || arrayOfInterfaces)
                        && minSdkVersion < FrontEndOptions.SDK_INTERFACE_COLLECTIONS) {
                    diagnostics.error(DiagnosticCode.MIN_SDK_TOO_LOW, type.location(), (listOfInterfaces ? "List"
                            : "Array") + " of interfaces is available since SDK = "
                            + FrontEndOptions.SDK_INTERFACE_COLLECTIONS + " in Java. Current min_sdk_version is "
                            + minSdkVersion + ".");
                }
                if (resolutions.names(type, BuiltinType.PARCELABLE_HOLDER)
                        && minSdkVersion < FrontEndOptions.SDK_PARCELABLE_HOLDER) {
                    diagnostics.error(DiagnosticCode.MIN_SDK_TOO_LOW, type.location(), " ParcelableHolder is available "
                            + "since SDK = " + FrontEndOptions.SDK_PARCELABLE_HOLDER + ". Current min_sdk_version is "
                            + minSdkVersion + ".");
                }
            }
        };
        document.topLevel().forEach(symbol -> AstWalker.walk(symbol, visitor));
    }
}
