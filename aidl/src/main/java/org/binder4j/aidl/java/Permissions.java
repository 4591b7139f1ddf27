package org.binder4j.aidl.java;

import java.util.Optional;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.InterfaceDeclaration;
import org.binder4j.aidl.model.Method;
import org.binder4j.aidl.model.PermissionExpression;

/**
 * Which permission a stub checks before a method runs: the method's {@code @EnforcePermission}, else the interface's,
 * unless the method says {@code @RequiresNoPermission} or {@code @PermissionManuallyEnforced}.
 */
final class Permissions {
    private Permissions() {}

    static Optional<PermissionExpression> required(InterfaceDeclaration anInterface, Method method) {
        Optional<PermissionExpression> own = method.annotations().enforcePermission();
        if (own.isPresent()) {
            return own;
        }
        if (method.annotations().has(AnnotationKind.REQUIRES_NO_PERMISSION)
                || method.annotations().has(AnnotationKind.PERMISSION_MANUALLY_ENFORCED)) {
            return Optional.empty();
        }
        return anInterface.annotations().enforcePermission();
    }

    /** Whether any method of the interface needs a check, so that the stub holds an enforcer. */
    static boolean anyRequired(InterfaceDeclaration anInterface) {
        return anInterface.methods().stream().anyMatch(m -> required(anInterface, m).isPresent());
    }
}
