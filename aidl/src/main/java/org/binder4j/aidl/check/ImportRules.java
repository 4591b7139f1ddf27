package org.binder4j.aidl.check;

import java.util.Set;
import org.binder4j.aidl.model.BuiltinType;

/** Imports that name built-in types or Android framework classes AIDL knows without a file; they are skipped. */
final class ImportRules {
    private static final Set<String> FRAMEWORK = Set.of("android.os.IInterface", "android.os.IBinder",
            "android.os.Parcelable", "android.os.Parcel", "android.content.Context", "java.lang.String",
            "java.lang.CharSequence");

    private ImportRules() {}

    static boolean isIgnorable(String name) {
        return BuiltinType.isBuiltinName(name) || FRAMEWORK.contains(name);
    }
}
