package org.binder4j.aidl.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.check.Evaluated.Kind;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.Annotations;
import org.binder4j.aidl.model.ArrayKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.DeclarationKind;

/**
 * Checks a resolved type in any position (AOSP's {@code AidlTypeSpecifier::CheckValid}): its annotations, its type
 * arguments (what {@code List} and {@code Map} may hold, the number a generic parcelable takes), {@code @utf8InCpp}
 * and {@code @nullable} placement, the array forms that do not exist, and fixed array sizes.
 */
final class TypeChecker {
    private static final String LIST_USAGE =
            "List<T> supports interface/parcelable/union, String, IBinder, and ParcelFileDescriptor.";
    private static final Set<BuiltinType> LIST_ELEMENT_BUILTINS =
            Set.of(BuiltinType.STRING, BuiltinType.IBINDER, BuiltinType.PARCEL_FILE_DESCRIPTOR);
    private static final Set<BuiltinType> NO_ARRAYS = Set.of(BuiltinType.PARCELABLE_HOLDER, BuiltinType.LIST,
            BuiltinType.MAP, BuiltinType.CHAR_SEQUENCE);

    private final Resolutions resolutions;
    private final AnnotationChecker annotations;
    private final ConstantEvaluator evaluator;
    private final Diagnostics diagnostics;
    private final Map<AstType, Optional<List<Integer>>> dimensions = new IdentityHashMap<>();

    TypeChecker(Resolutions resolutions, AnnotationChecker annotations, ConstantEvaluator evaluator,
            Diagnostics diagnostics) {
        this.resolutions = resolutions;
        this.annotations = annotations;
        this.evaluator = evaluator;
        this.diagnostics = diagnostics;
    }

    /** Whether the type is valid; at most one problem is reported. */
    boolean check(AstType type) {
        Optional<Annotations> checked = annotations.check(type.annotations(), type.location());
        if (checked.isEmpty()) {
            return false;
        }
        if (type.isGeneric() && !checkTypeArguments(type)) {
            return false;
        }
        Optional<BuiltinType> builtin = resolutions.builtin(type);
        if (checked.get().isUtf8InCpp() && !isUtf8Capable(type)) {
            return fail(DiagnosticCode.MISPLACED_UTF8_IN_CPP, type,
                    "@utf8InCpp can only be used on String, String[], and List<String>.");
        }
        if (builtin.equals(Optional.of(BuiltinType.VOID))
                && (type.isArray() || checked.get().isNullable() || checked.get().isUtf8InCpp())) {
            return fail(DiagnosticCode.INVALID_VOID_TYPE, type,
                    "void type cannot be an array or nullable or utf8 string");
        }
        if (type.isArray() && builtin.filter(NO_ARRAYS::contains).isPresent()) {
            return fail(DiagnosticCode.UNSUPPORTED_ARRAY, type,
                    "Arrays of " + builtin.get().aidlName() + " are not supported.");
        }
        if (checked.get().isNullable() && !checkNullable(type, checked.get())) {
            return false;
        }
        return type.arrayKind() != ArrayKind.FIXED || dimensions(type).isPresent();
    }

    private boolean checkTypeArguments(AstType type) {
        for (AstType argument : type.typeArguments()) {
            if (!check(argument)) {
                return false;
            }
        }
        List<AstType> arguments = type.typeArguments();
        Optional<BuiltinType> builtin = resolutions.builtin(type);
        boolean collection = builtin.filter(b -> b == BuiltinType.LIST || b == BuiltinType.MAP).isPresent();
        if (collection && arguments.stream().anyMatch(a -> !a.isArray()
                && (resolutions.isPrimitive(a) || resolutions.names(a, DeclarationKind.ENUM)))) {
            return fail(DiagnosticCode.PRIMITIVE_TYPE_ARGUMENT, type,
                    "A generic type cannot have any primitive type parameters.");
        }
        if (builtin.equals(Optional.of(BuiltinType.LIST))) {
            return checkListArguments(type);
        }
        if (builtin.equals(Optional.of(BuiltinType.MAP))) {
            if (arguments.size() != 2) {
                return fail(DiagnosticCode.MAP_ARGUMENT_COUNT, type,
                        "Map must have 0 or 2 type parameters, but got '" + signature(type) + "'");
            }
            String key = signature(arguments.getFirst());
            if (!key.equals("String")) {
                return fail(DiagnosticCode.MAP_KEY_NOT_STRING, type,
                        "The type of key in map must be String, but it is '" + key + "'");
            }
            return true;
        }
        Optional<DeclSymbol> declared = resolutions.declared(type).filter(DeclSymbol::isGeneric);
        if (declared.isEmpty()) {
            return fail(DiagnosticCode.NOT_GENERIC, type,
                    resolutions.resolved(type).qualifiedName() + " is not a generic type.");
        }
        int expected = declared.get().ast().typeParameters().size();
        if (arguments.size() != expected) {
            return fail(DiagnosticCode.GENERIC_ARGUMENT_COUNT, type, declared.get().canonicalName() + " must have "
                    + expected + " type parameters, but got " + arguments.size());
        }
        return true;
    }

    private boolean checkListArguments(AstType type) {
        if (type.typeArguments().size() > 1) {
            return fail(DiagnosticCode.LIST_ARGUMENT_COUNT, type,
                    "List can only have one type parameter, but got: '" + signature(type) + "'");
        }
        AstType element = type.typeArguments().getFirst();
        if (element.isArray()) {
            return fail(DiagnosticCode.LIST_OF_ARRAYS, type, "List of arrays is not supported. " + LIST_USAGE);
        }
        Optional<BuiltinType> builtin = resolutions.builtin(element);
        if (builtin.isPresent() && !LIST_ELEMENT_BUILTINS.contains(builtin.get())) {
            return fail(DiagnosticCode.UNSUPPORTED_LIST_ELEMENT, type,
                    "List<" + builtin.get().aidlName() + "> is not supported. " + LIST_USAGE);
        }
        return true;
    }

    private boolean isUtf8Capable(AstType type) {
        if (resolutions.names(type, BuiltinType.STRING)) {
            return true;
        }
        return resolutions.names(type, BuiltinType.LIST) && type.typeArguments().size() == 1
                && resolutions.names(type.typeArguments().getFirst(), BuiltinType.STRING);
    }

    private boolean checkNullable(AstType type, Annotations checked) {
        if (resolutions.isPrimitive(type) && !type.isArray()) {
            return fail(DiagnosticCode.NULLABLE_PRIMITIVE, type, "Primitive type cannot get nullable annotation");
        }
        if (resolutions.names(type, DeclarationKind.ENUM) && !type.isArray()) {
            return fail(DiagnosticCode.NULLABLE_ENUM, type, "Enum type cannot get nullable annotation");
        }
        if (resolutions.names(type, BuiltinType.PARCELABLE_HOLDER)) {
            return fail(DiagnosticCode.NULLABLE_PARCELABLE_HOLDER, type, "ParcelableHolder cannot be nullable.");
        }
        boolean parcelable = resolutions.declared(type).map(s -> s.kind().isParcelable()).orElse(false);
        if (checked.isHeapNullable() && (type.isArray() || !parcelable)) {
            return fail(DiagnosticCode.MISPLACED_HEAP_NULLABLE, type,
                    "@nullable(heap=true) is available to parcelables.");
        }
        return true;
    }

    /** The sizes of a fixed-size array; empty (reported once) when one is not a non-negative int. */
    Optional<List<Integer>> dimensions(AstType type) {
        return dimensions.computeIfAbsent(type, this::evaluateDimensions);
    }

    private Optional<List<Integer>> evaluateDimensions(AstType type) {
        List<Integer> sizes = new ArrayList<>();
        for (AstExpr size : type.dimensions()) {
            Optional<Evaluated> value = evaluator.evaluate(size);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (value.get().kind().ordinal() > Kind.INT32.ordinal()) {
                fail(DiagnosticCode.INVALID_ARRAY_SIZE, type, "Array size must be a positive number: " + size.text());
                return Optional.empty();
            }
            if (value.get().integral() < 0) {
                fail(DiagnosticCode.INVALID_ARRAY_SIZE, type,
                        "Array size must be a positive number: " + value.get().integral());
                return Optional.empty();
            }
            sizes.add((int) value.get().integral());
        }
        return Optional.of(sizes);
    }

    /** AOSP's signature of a type: resolved names, type arguments, array sizes ({@code p.Foo<String,int>[3]}). */
    String signature(AstType type) {
        StringBuilder text = new StringBuilder(resolutions.resolved(type).qualifiedName());
        if (type.isGeneric()) {
            text.append(type.typeArguments().stream().map(this::signature).collect(Collectors.joining(",", "<", ">")));
        }
        switch (type.arrayKind()) {
            case DYNAMIC -> text.append("[]");
            case FIXED -> type.dimensions().forEach(size -> text.append('[')
                    .append(evaluator.evaluate(size).map(v -> Long.toString(v.integral())).orElse(size.text()))
                    .append(']'));
            case NONE -> {}
        }
        return text.toString();
    }

    /** The conversion target a value of this type meets; empty when the sizes of a fixed array are invalid. */
    Optional<ValueTarget> target(AstType type) {
        Resolved resolved = resolutions.resolved(type);
        Optional<BuiltinType> builtin = resolved instanceof Resolved.Builtin(BuiltinType b) ? Optional.of(b)
                : Optional.empty();
        Optional<DeclSymbol> declared = resolved instanceof Resolved.Declared(DeclSymbol s) ? Optional.of(s)
                : Optional.empty();
        return dimensions(type).map(sizes -> new ValueTarget(builtin, declared, resolved.qualifiedName(),
                type.isGeneric(), type.arrayKind(), sizes, type.location()));
    }

    private boolean fail(DiagnosticCode code, AstType type, String message) {
        diagnostics.error(code, type.location(), message);
        return false;
    }
}
