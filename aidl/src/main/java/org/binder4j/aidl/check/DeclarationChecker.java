package org.binder4j.aidl.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstConstant;
import org.binder4j.aidl.ast.AstDeclaration;
import org.binder4j.aidl.ast.AstEnum;
import org.binder4j.aidl.ast.AstEnumerator;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstField;
import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.ast.AstUnion;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.source.SourceLocation;

/**
 * Checks one declaration and what it nests (AOSP's {@code CheckValid} of defined types): annotations, nested types
 * (names, generics, cycles), fields and their defaults, constants and their values, type parameters,
 * {@code @FixedSize} and {@code @JavaOnlyImmutable} field rules, union rules, enumerator values, and, through
 * {@link InterfaceChecker}, methods. Independent problems are all reported.
 */
final class DeclarationChecker {
    /** Android 13's constant types plus Android 16's {@code float} and {@code double}. */
    private static final Set<String> CONSTANT_TYPES = Set.of("String", "byte", "int", "long", "float", "double");

    private final Resolutions resolutions;
    private final AnnotationChecker annotations;
    private final TypeChecker types;
    private final ValueConverter converter;
    private final InterfaceChecker interfaces;
    private final Diagnostics diagnostics;

    DeclarationChecker(Resolutions resolutions, AnnotationChecker annotations, TypeChecker types,
            ValueConverter converter, InterfaceChecker interfaces, Diagnostics diagnostics) {
        this.resolutions = resolutions;
        this.annotations = annotations;
        this.types = types;
        this.converter = converter;
        this.interfaces = interfaces;
        this.diagnostics = diagnostics;
    }

    boolean check(DeclSymbol symbol) {
        AstDeclaration ast = symbol.ast();
        if (annotations.check(ast.annotations(), ast.location()).isEmpty()) {
            return false;
        }
        // Members first (AOSP's order); what only the declaration's kind checks is independent of them.
        boolean membersValid = checkMembers(symbol);
        boolean kindValid = switch (ast.kind()) {
            case INTERFACE -> interfaces.check(symbol);
            case ENUM -> checkEnum(symbol, (AstEnum) ast);
            case UNION -> checkParcelable(symbol) && checkUnion((AstUnion) ast);
            case PARCELABLE -> checkParcelable(symbol) && (!symbol.has(AnnotationKind.JAVA_ONLY_IMMUTABLE)
                    || checkGetterNames(ast));
            case UNSTRUCTURED_PARCELABLE -> checkParcelable(symbol);
        };
        return membersValid && kindValid;
    }

    /** Nested types, fields and constants, as every declaration has them. */
    private boolean checkMembers(DeclSymbol symbol) {
        AstDeclaration ast = symbol.ast();
        boolean valid = true;
        for (DeclSymbol nested : symbol.nested()) {
            valid &= check(nested);
        }
        if (symbol.isGeneric() && !symbol.nested().isEmpty()) {
            return fail(DiagnosticCode.GENERIC_WITH_NESTED_TYPES, ast.location(),
                    "Generic types can't have nested types.");
        }
        if (!checkNestedNames(symbol)) {
            return false;
        }
        if (NestedCycles.exist(symbol, resolutions)) {
            return fail(DiagnosticCode.CYCLIC_NESTED_TYPES, ast.location(), ast.name() + " has nested types with "
                    + "cyclic references. C++ and NDK backends don't support cyclic references.");
        }
        Set<String> fieldNames = new HashSet<>();
        for (AstField field : ast.fields()) {
            valid &= checkField(field);
            if (!fieldNames.add(field.name())) {
                valid = fail(DiagnosticCode.DUPLICATE_FIELD, field.location(),
                        "'" + ast.name() + "' has duplicate field name '" + field.name() + "'");
            }
        }
        if (symbol.has(AnnotationKind.JAVA_ONLY_IMMUTABLE)) {
            for (AstField field : ast.fields()) {
                if (!canBeImmutable(field.type())) {
                    valid = fail(DiagnosticCode.NON_IMMUTABLE_FIELD, field.location(), "The @JavaOnlyImmutable '"
                            + ast.name() + "' has a non-immutable field named '" + field.name() + "'.");
                }
            }
        }
        Set<String> constantNames = new HashSet<>();
        for (AstConstant constant : ast.constants()) {
            if (!constantNames.add(constant.name())) {
                valid = fail(DiagnosticCode.DUPLICATE_CONSTANT, constant.location(),
                        "Found duplicate constant name '" + constant.name() + "'");
            }
            valid &= checkConstant(constant);
        }
        return valid;
    }

    private boolean checkNestedNames(DeclSymbol symbol) {
        boolean valid = true;
        Set<String> names = new HashSet<>();
        for (DeclSymbol nested : symbol.nested()) {
            SourceLocation at = nested.location();
            if (!names.add(nested.name())) {
                valid = fail(DiagnosticCode.DUPLICATE_NESTED_TYPE, at, "Redefinition of '" + nested.name() + "'.");
            }
            if (nested.name().equals(symbol.name())) {
                valid = fail(DiagnosticCode.NESTED_TYPE_NAMED_AFTER_PARENT, at,
                        "Nested type '" + symbol.name() + "' has the same name as its parent.");
            }
            if (nested.kind() == DeclarationKind.UNSTRUCTURED_PARCELABLE) {
                return fail(DiagnosticCode.NESTED_UNSTRUCTURED_PARCELABLE, at, "'" + nested.name()
                        + "' is nested. Unstructured parcelables should be at the root scope.");
            }
        }
        return valid;
    }

    private boolean checkField(AstField field) {
        boolean valid = types.check(field.type());
        if (resolutions.names(field.type(), BuiltinType.VOID)) {
            valid = fail(DiagnosticCode.VOID_FIELD, field.location(),
                    "Declaration " + field.name() + " is void, but declarations cannot be of void type.");
        }
        if (valid && field.defaultValue().isPresent()) {
            valid = convert(field.defaultValue().get(), field.type());
        }
        if (valid && JavaNames.isKeyword(field.name())) {
            valid = fail(DiagnosticCode.JAVA_KEYWORD_NAME, field.location(), "Field name '" + field.name()
                    + "' is a Java keyword; the generated Java would not compile.");
        }
        return valid;
    }

    private boolean checkConstant(AstConstant constant) {
        if (!types.check(constant.type())) {
            return false;
        }
        String signature = types.signature(constant.type());
        if (!CONSTANT_TYPES.contains(signature)) {
            return fail(DiagnosticCode.UNSUPPORTED_CONSTANT_TYPE, constant.location(),
                    "Constant of type " + signature + " is not supported.");
        }
        if (JavaNames.isKeyword(constant.name())) {
            return fail(DiagnosticCode.JAVA_KEYWORD_NAME, constant.location(), "Constant name '" + constant.name()
                    + "' is a Java keyword; the generated Java would not compile.");
        }
        return convert(constant.value(), constant.type());
    }

    private boolean convert(AstExpr value, AstType type) {
        return types.target(type).flatMap(target -> converter.convert(value, target)).isPresent();
    }

    /** What structured, unstructured parcelables and unions share: unique type parameters, {@code @FixedSize}. */
    private boolean checkParcelable(DeclSymbol symbol) {
        AstDeclaration ast = symbol.ast();
        if (new HashSet<>(ast.typeParameters()).size() != ast.typeParameters().size()) {
            return fail(DiagnosticCode.DUPLICATE_TYPE_PARAMETER, ast.location(),
                    "Every type parameter should be unique.");
        }
        boolean valid = true;
        if (symbol.has(AnnotationKind.FIXED_SIZE)) {
            for (AstField field : ast.fields()) {
                if (!canBeFixedSize(field.type())) {
                    valid = fail(DiagnosticCode.NON_FIXED_SIZE_FIELD, field.location(), "The @FixedSize parcelable '"
                            + ast.name() + "' has a non-fixed size field named " + field.name() + ".");
                }
            }
        }
        return valid;
    }

    private boolean checkUnion(AstUnion union) {
        if (!checkGetterNames(union)) {
            return false;
        }
        boolean valid = true;
        for (AstField field : union.fields()) {
            if (resolutions.names(field.type(), BuiltinType.PARCELABLE_HOLDER) && !field.type().isArray()) {
                valid = fail(DiagnosticCode.PARCELABLE_HOLDER_IN_UNION, field.location(),
                        "A union can't have a member of ParcelableHolder '" + field.name() + "'");
            }
        }
        List<AstField> fields = union.fields();
        if (fields.isEmpty()) {
            return fail(DiagnosticCode.EMPTY_UNION, union.location(),
                    "The union '" + union.name() + "' has no fields.");
        }
        AstField first = fields.getFirst();
        boolean usefulDefault = first.defaultValue().isPresent() || isNullable(first.type());
        if (!usefulDefault && !first.type().isArray() && resolutions.names(first.type(), DeclarationKind.ENUM)) {
            return fail(DiagnosticCode.UNION_FIRST_MEMBER_WITHOUT_DEFAULT, first.location(), "The union's first "
                    + "member should have a useful default value. Enum types can be initialized with a reference. "
                    + "(e.g. ... = MyEnum.FOO;)");
        }
        if (!usefulDefault && first.type().isArray()) {
            return fail(DiagnosticCode.UNION_FIRST_MEMBER_WITHOUT_DEFAULT, first.location(), "The union's first "
                    + "member should have a useful default value. Arrays can be initialized with values(e.g. ... = "
                    + "{ values... };) or marked as @nullable.");
        }
        return valid;
    }

    /** Unions and immutable parcelables have getters, so field names must differ beyond their first letter's case. */
    private boolean checkGetterNames(AstDeclaration ast) {
        boolean valid = true;
        Set<String> getters = new HashSet<>();
        for (AstField field : ast.fields()) {
            String capitalized = Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1);
            if (!getters.add(capitalized)) {
                valid = fail(DiagnosticCode.DUPLICATE_GETTER, field.location(), "'" + ast.name()
                        + "' has duplicate field name '" + field.name() + "' after capitalizing the first letter");
            }
        }
        return valid;
    }

    private boolean checkEnum(DeclSymbol symbol, AstEnum anEnum) {
        ValueTarget backing = ValueTarget.of(resolutions.backing(anEnum), anEnum.location());
        boolean valid = true;
        Map<String, AstEnumerator> byName = new HashMap<>();
        for (AstEnumerator enumerator : anEnum.enumerators()) {
            if (converter.convert(enumerator.value(), backing).isEmpty()) {
                valid = fail(DiagnosticCode.ENUMERATOR_OUT_OF_RANGE, enumerator.location(),
                        "Enumerator type differs from enum backing type.");
            }
            if (anEnum.synthetic()) {
                continue; // a union's Tag: its field names were checked as fields
            }
            if (byName.putIfAbsent(enumerator.name(), enumerator) != null) {
                valid = fail(DiagnosticCode.DUPLICATE_ENUMERATOR, enumerator.location(), "Found duplicate enumerator "
                        + "name '" + enumerator.name() + "' in enum " + symbol.name());
            }
            if (JavaNames.isKeyword(enumerator.name())) {
                valid = fail(DiagnosticCode.JAVA_KEYWORD_NAME, enumerator.location(), "Enumerator name '"
                        + enumerator.name() + "' is a Java keyword; the generated Java would not compile.");
            }
        }
        return valid;
    }

    private boolean canBeFixedSize(AstType type) {
        if (type.isGeneric() || isNullable(type) || (type.isArray() && type.dimensions().isEmpty())) {
            return false;
        }
        return switch (resolutions.resolved(type)) {
            case Resolved.Builtin(BuiltinType builtin) -> builtin.isPrimitive();
            case Resolved.Declared(DeclSymbol symbol) ->
                symbol.kind() == DeclarationKind.ENUM || symbol.has(AnnotationKind.FIXED_SIZE);
        };
    }

    private boolean canBeImmutable(AstType type) {
        Resolved resolved = resolutions.resolved(type);
        if (type.isGeneric()) {
            if (resolutions.names(type, BuiltinType.LIST) || resolutions.names(type, BuiltinType.MAP)) {
                return type.typeArguments().stream().allMatch(this::canBeImmutable);
            }
            return fail(DiagnosticCode.NON_IMMUTABLE_FIELD, type.location(),
                    "For a generic type, an immutable parcelable can contain only List or Map.");
        }
        return switch (resolved) {
            case Resolved.Builtin(BuiltinType builtin) when builtin.isPrimitive() || builtin == BuiltinType.STRING ->
                true;
            case Resolved.Builtin _ -> fail(DiagnosticCode.NON_IMMUTABLE_FIELD, type.location(), "An immutable "
                    + "parcelable can contain only immutable Parcelable, primitive type, and String.");
            case Resolved.Declared(DeclSymbol symbol) ->
                symbol.kind() == DeclarationKind.ENUM || symbol.has(AnnotationKind.JAVA_ONLY_IMMUTABLE);
        };
    }

    private static boolean isNullable(AstType type) {
        return type.annotations().stream().map(AstAnnotation::kind).anyMatch(k -> k == AnnotationKind.NULLABLE);
    }

    private boolean fail(DiagnosticCode code, SourceLocation at, String message) {
        diagnostics.error(code, at, message);
        return false;
    }

    /** Nested types that refer to each other in a cycle (AOSP's topological visit of siblings). */
    private static final class NestedCycles {
        private final Map<DeclSymbol, List<DeclSymbol>> requires = new IdentityHashMap<>();
        private final Map<DeclSymbol, Boolean> finished = new IdentityHashMap<>();

        static boolean exist(DeclSymbol parent, Resolutions resolutions) {
            NestedCycles graph = new NestedCycles();
            Map<DeclSymbol, DeclSymbol> siblingOf = new IdentityHashMap<>();
            for (DeclSymbol nested : parent.nested()) {
                nested.selfAndDescendants().forEach(d -> siblingOf.put(d, nested));
            }
            for (DeclSymbol nested : parent.nested()) {
                List<DeclSymbol> required = new ArrayList<>();
                AstWalker.walk(nested, new AstWalker.Visitor() {
                    @Override
                    public void type(DeclSymbol scope, AstType type) {
                        resolutions.declared(type).ifPresent(this::require);
                    }

                    @Override
                    public void expression(DeclSymbol scope, AstExpr expression) {
                        if (expression instanceof AstExpr.Reference reference) {
                            resolutions.qualifier(reference).ifPresent(this::require);
                        }
                    }

                    private void require(DeclSymbol target) {
                        DeclSymbol sibling = siblingOf.get(target);
                        if (sibling != null && sibling != nested) {
                            required.add(sibling);
                        }
                    }
                });
                graph.requires.put(nested, required);
            }
            return parent.nested().stream().anyMatch(graph::cycleFrom);
        }

        private boolean cycleFrom(DeclSymbol type) {
            Boolean done = finished.get(type);
            if (done != null) {
                return !done;
            }
            finished.put(type, false);
            for (DeclSymbol dependency : requires.getOrDefault(type, List.of())) {
                if (cycleFrom(dependency)) {
                    return true;
                }
            }
            finished.put(type, true);
            return false;
        }
    }
}
