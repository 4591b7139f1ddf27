package org.binder4j.aidl.java;

import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.model.TypeDeclaration;
import org.binder4j.aidl.model.TypeRef;

/**
 * What generating the code of one model needs besides the declaration at hand.
 *
 * @param model the declarations the file refers to, for what their own annotations say
 * @param minSdkVersion {@code --min_sdk_version}: from 32 stubs check that the arguments used the whole call
 */
record JavaContext(AidlModel model, int minSdkVersion) {
    /** The SDK level from which stubs call {@code enforceNoDataAvail()}. */
    private static final int SDK_ENFORCE_NO_DATA_AVAIL = 32;

    boolean enforcesNoDataAvail() {
        return minSdkVersion >= SDK_ENFORCE_NO_DATA_AVAIL;
    }

    /** Whether {@code type} (or its array elements) is an enum with {@code @JavaDerive(toString=true)}. */
    boolean isNamedEnum(TypeRef type) {
        return type.declared()
                .filter(d -> d.kind() == DeclarationKind.ENUM)
                .map(model::declaration)
                .map(TypeDeclaration::annotations)
                .map(a -> a.javaDerives("toString"))
                .orElse(false);
    }
}
