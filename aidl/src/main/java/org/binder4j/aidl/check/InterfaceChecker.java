package org.binder4j.aidl.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstArgument;
import org.binder4j.aidl.ast.AstDeclaration;
import org.binder4j.aidl.ast.AstInterface;
import org.binder4j.aidl.ast.AstMethod;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.Direction;

/**
 * Checks an interface's methods (AOSP's {@code AidlMethod::CheckValid} and {@code AidlInterface::CheckValid}):
 * return and argument types, oneway rules, argument names and directions, unique method names (there is no
 * overloading), names reserved for meta transactions, and permission annotations that contradict the interface's.
 * Also rejects what AOSP accepts but the generated Java cannot compile: Java keywords as method names, nested types
 * named like the classes the backend generates, arguments named like the Proxy's locals.
 */
final class InterfaceChecker {
    private static final Set<String> RESERVED_SIGNATURES =
            Set.of("asBinder()", "getInterfaceHash()", "getInterfaceVersion()", "getTransactionName(int)");

    private final Resolutions resolutions;
    private final TypeChecker types;
    private final Diagnostics diagnostics;

    InterfaceChecker(Resolutions resolutions, TypeChecker types, Diagnostics diagnostics) {
        this.resolutions = resolutions;
        this.types = types;
        this.diagnostics = diagnostics;
    }

    boolean check(DeclSymbol symbol) {
        AstInterface anInterface = (AstInterface) symbol.ast();
        boolean valid = true;
        Map<String, AstMethod> byName = new HashMap<>();
        for (AstMethod method : anInterface.methods()) {
            if (!checkMethod(method, anInterface.oneway())) {
                valid = false;
                continue;
            }
            AstMethod previous = byName.putIfAbsent(method.name(), method);
            if (previous != null) {
                error(DiagnosticCode.DUPLICATE_METHOD, method, "attempt to redefine method " + method.name() + ":");
                error(DiagnosticCode.DUPLICATE_METHOD, previous, "previously defined here.");
                valid = false;
                continue;
            }
            String signature = signature(method);
            if (RESERVED_SIGNATURES.contains(signature)) {
                error(DiagnosticCode.RESERVED_METHOD, method,
                        " method " + signature + " is reserved for internal use.");
                valid = false;
                continue;
            }
            valid &= checkPermissions(symbol, method);
        }
        for (AstDeclaration nested : anInterface.nestedTypes()) {
            if (JavaNames.GENERATED_INTERFACE_CLASSES.contains(nested.name())) {
                diagnostics.error(DiagnosticCode.RESERVED_NESTED_TYPE_NAME, nested.location(), "Nested type '"
                        + nested.name() + "' clashes with a class the Java backend generates in interface "
                        + anInterface.name() + " (Stub, Default, Proxy and Delegator are taken).");
                valid = false;
            }
        }
        return valid;
    }

    private boolean checkMethod(AstMethod method, boolean interfaceOneway) {
        if (!types.check(method.returnType())) {
            return false;
        }
        if (resolutions.names(method.returnType(), BuiltinType.PARCELABLE_HOLDER)) {
            return error(DiagnosticCode.PARCELABLE_HOLDER_RETURN, method,
                    "ParcelableHolder cannot be a return type");
        }
        boolean oneway = method.oneway() || interfaceOneway;
        if (oneway && !resolutions.names(method.returnType(), BuiltinType.VOID)) {
            return error(DiagnosticCode.ONEWAY_RETURN_VALUE, method,
                    "oneway method '" + method.name() + "' cannot return a value");
        }
        Set<String> names = new HashSet<>();
        for (AstArgument argument : method.arguments()) {
            if (!names.add(argument.name())) {
                return error(DiagnosticCode.DUPLICATE_ARGUMENT, method, "method '" + method.name()
                        + "' has duplicate argument name '" + argument.name() + "'");
            }
            if (!checkArgument(argument)) {
                return false;
            }
            if (oneway && argument.direction().map(Direction::isOut).orElse(false)) {
                return error(DiagnosticCode.ONEWAY_OUT_PARAMETER, method,
                        "oneway method '" + method.name() + "' cannot have out parameters");
            }
            if (!checkArgumentName(argument)) {
                return false;
            }
        }
        if (JavaNames.isKeyword(method.name())) {
            return error(DiagnosticCode.JAVA_KEYWORD_NAME, method, "Method name '" + method.name()
                    + "' is a Java keyword; the generated Java would not compile.");
        }
        return true;
    }

    private boolean checkArgument(AstArgument argument) {
        if (!types.check(argument.type())) {
            return false;
        }
        ArgumentAspect aspect = ArgumentAspect.of(argument.type(), resolutions);
        if (aspect.directions().isEmpty()) {
            return argumentError(DiagnosticCode.INVALID_ARGUMENT_TYPE, argument,
                    aspect.name() + " cannot be an argument type");
        }
        if (argument.direction().isEmpty() && !aspect.directions().equals(Set.of(Direction.IN))) {
            return argumentError(DiagnosticCode.MISSING_DIRECTION, argument, "The direction of '" + argument.name()
                    + "' is not specified. " + aspect.name() + " can be an " + aspect.describeDirections()
                    + " parameter.");
        }
        Direction direction = argument.direction().orElse(Direction.IN);
        if (!aspect.directions().contains(direction)) {
            return argumentError(DiagnosticCode.INVALID_DIRECTION, argument, "'" + argument.name() + "' can't be an "
                    + direction.keyword() + " parameter because " + aspect.name() + " can only be an "
                    + aspect.describeDirections() + " parameter.");
        }
        return true;
    }

    private boolean checkArgumentName(AstArgument argument) {
        if (JavaNames.isKeyword(argument.name())) {
            return argumentError(DiagnosticCode.JAVA_KEYWORD_NAME, argument, "Argument name is a Java or aidl keyword");
        }
        if (argument.name().startsWith("_aidl")) {
            return argumentError(DiagnosticCode.RESERVED_ARGUMENT_NAME, argument,
                    "Argument name cannot begin with '_aidl'");
        }
        if (resolutions.names(argument.type(), BuiltinType.VOID)) {
            diagnostics.error(DiagnosticCode.VOID_ARGUMENT, argument.type().location(),
                    "'void' is an invalid type for the parameter '" + argument.name() + "'");
            return false;
        }
        if (JavaNames.PROXY_LOCALS.contains(argument.name())) {
            return argumentError(DiagnosticCode.RESERVED_ARGUMENT_NAME, argument, "Argument name '" + argument.name()
                    + "' is a local variable of the generated Java Proxy (_data, _reply, _result and _status are "
                    + "taken).");
        }
        return true;
    }

    private boolean checkPermissions(DeclSymbol anInterface, AstMethod method) {
        boolean methodAnnotated = hasAny(method, AnnotationKind.REQUIRES_NO_PERMISSION,
                AnnotationKind.PERMISSION_MANUALLY_ENFORCED, AnnotationKind.ENFORCE_PERMISSION);
        String interfaceAnnotation;
        if (anInterface.has(AnnotationKind.REQUIRES_NO_PERMISSION)) {
            interfaceAnnotation = "is annotated as requiring no permission";
        } else if (anInterface.has(AnnotationKind.PERMISSION_MANUALLY_ENFORCED)) {
            interfaceAnnotation = "is annotated as manually implementing permission checks";
        } else if (anInterface.has(AnnotationKind.ENFORCE_PERMISSION)) {
            interfaceAnnotation = "enforces permissions using annotations";
            methodAnnotated = hasAny(method, AnnotationKind.REQUIRES_NO_PERMISSION,
                    AnnotationKind.PERMISSION_MANUALLY_ENFORCED);
        } else {
            return true;
        }
        if (!methodAnnotated) {
            return true;
        }
        return error(DiagnosticCode.CONFLICTING_PERMISSION_ANNOTATIONS, method, "The interface "
                + anInterface.name() + " " + interfaceAnnotation + " but the method " + method.name()
                + " is also annotated.\nConsider distributing the annotation to each method.");
    }

    private static boolean hasAny(AstMethod method, AnnotationKind... kinds) {
        Set<AnnotationKind> wanted = Set.of(kinds);
        return method.returnType().annotations().stream().map(AstAnnotation::kind).anyMatch(wanted::contains);
    }

    /** AOSP's method signature: {@code name(argType, argType)}. */
    private String signature(AstMethod method) {
        return method.name() + method.arguments().stream().map(a -> types.signature(a.type()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private boolean error(DiagnosticCode code, AstMethod at, String message) {
        diagnostics.error(code, at.location(), message);
        return false;
    }

    private boolean argumentError(DiagnosticCode code, AstArgument at, String message) {
        diagnostics.error(code, at.location(), message);
        return false;
    }
}
