package org.binder4j.aidl.model;

import java.util.List;

/**
 * What {@code @EnforcePermission} requires. A bare name ({@code CAMERA}) means Android's manifest permission of that
 * name; a dotted name is used as written.
 */
public sealed interface PermissionExpression {
    /** {@code @EnforcePermission("X")}. */
    record Single(String permission) implements PermissionExpression {}

    /** {@code @EnforcePermission(anyOf={...})}: one of them suffices. */
    record AnyOf(List<String> permissions) implements PermissionExpression {
        public AnyOf {
            permissions = List.copyOf(permissions);
        }
    }

    /** {@code @EnforcePermission(allOf={...})}: all are needed. */
    record AllOf(List<String> permissions) implements PermissionExpression {
        public AllOf {
            permissions = List.copyOf(permissions);
        }
    }
}
