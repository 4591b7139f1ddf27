package org.binder4j.aidl.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.Annotation;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.AnnotationParameter;
import org.binder4j.aidl.model.Annotations;
import org.binder4j.aidl.model.ConstantValue;
import org.binder4j.aidl.source.SourceLocation;

/**
 * Checks annotations against their schema ({@link AnnotationKind}) and converts their parameters: every parameter
 * known, free of constant references and of its schema type; required parameters present; {@code @EnforcePermission}
 * given one of its parameters; nothing but {@code @JavaPassthrough} repeated. Where an annotation may be written is
 * checked separately, late in the pipeline (as in AOSP). Each annotation is checked once.
 */
final class AnnotationChecker {
    private final ValueConverter converter;
    private final Diagnostics diagnostics;
    private final Map<AstAnnotation, Optional<Annotation>> results = new IdentityHashMap<>();

    AnnotationChecker(ValueConverter converter, Diagnostics diagnostics) {
        this.converter = converter;
        this.diagnostics = diagnostics;
    }

    /**
     * The annotations of one element; empty (errors reported) at the first invalid one, or when one that may not be
     * repeated is.
     *
     * @param owner the annotated element, where a repetition is reported
     */
    Optional<Annotations> check(List<AstAnnotation> annotations, SourceLocation owner) {
        List<Annotation> checked = new ArrayList<>();
        for (AstAnnotation annotation : annotations) {
            Optional<Annotation> valid = check(annotation);
            if (valid.isEmpty()) {
                return Optional.empty();
            }
            checked.add(valid.get());
        }
        Map<AnnotationKind, SourceLocation> seen = new EnumMap<>(AnnotationKind.class);
        for (Annotation annotation : checked) {
            SourceLocation previous = seen.putIfAbsent(annotation.kind(), annotation.location());
            if (previous != null && !annotation.kind().isRepeatable()) {
                diagnostics.error(DiagnosticCode.REPEATED_ANNOTATION, owner, "'" + annotation.kind().aidlName()
                        + "' is repeated, but not allowed. Previous location: " + previous);
                return Optional.empty();
            }
        }
        return Optional.of(new Annotations(checked));
    }

    /** One annotation; empty (errors reported) when invalid. */
    Optional<Annotation> check(AstAnnotation annotation) {
        Optional<Annotation> known = results.get(annotation);
        if (known != null) {
            return known;
        }
        Optional<Annotation> result = validate(annotation);
        results.put(annotation, result);
        return result;
    }

    private Optional<Annotation> validate(AstAnnotation annotation) {
        AnnotationKind kind = annotation.kind();
        Map<String, ConstantValue> values = new LinkedHashMap<>();
        List<AstAnnotation.Parameter> byName = annotation.parameters().stream()
                .sorted(Comparator.comparing(AstAnnotation.Parameter::name))
                .toList();
        for (AstAnnotation.Parameter parameter : byName) {
            Optional<AnnotationParameter> schema = kind.parameter(parameter.name());
            if (schema.isEmpty()) {
                String allowed = kind.parameters().stream().map(p -> " " + p.name()).collect(Collectors.joining());
                return fail(DiagnosticCode.UNKNOWN_ANNOTATION_PARAMETER, annotation.location(), "Parameter "
                        + parameter.name() + " not supported for annotation " + kind.aidlName()
                        + ". It must be one of:" + allowed);
            }
            Optional<AstExpr.Reference> reference = firstReference(parameter.value());
            if (reference.isPresent()) {
                return fail(DiagnosticCode.ANNOTATION_PARAMETER_REFERENCE, reference.get().location(),
                        "Value must be a constant expression but contains reference to " + reference.get().member()
                                + ".");
            }
            ValueTarget target = ValueTarget.of(schema.get().type(), annotation.location());
            Optional<ConstantValue> value = converter.convert(parameter.value(), target);
            if (value.isEmpty()) {
                return fail(DiagnosticCode.INVALID_ANNOTATION_PARAMETER, annotation.location(), "Invalid value for "
                        + "parameter " + parameter.name() + " on annotation " + kind.aidlName() + ".");
            }
            values.put(parameter.name(), value.get());
        }
        boolean complete = true;
        for (AnnotationParameter parameter : kind.parameters()) {
            if (parameter.required() && !values.containsKey(parameter.name())) {
                diagnostics.error(DiagnosticCode.MISSING_ANNOTATION_PARAMETER, annotation.location(),
                        "Missing '" + parameter.name() + "' on @" + kind.aidlName() + ".");
                complete = false;
            }
        }
        if (!complete) {
            return Optional.empty();
        }
        if (kind == AnnotationKind.ENFORCE_PERMISSION && values.isEmpty()) {
            return fail(DiagnosticCode.INVALID_PERMISSION_ANNOTATION, annotation.location(),
                    "Unable to parse @EnforcePermission annotation: No parameter for @EnforcePermission");
        }
        Map<String, ConstantValue> inWrittenOrder = new LinkedHashMap<>();
        annotation.parameters().forEach(p -> inWrittenOrder.put(p.name(), values.get(p.name())));
        return Optional.of(new Annotation(kind, inWrittenOrder, annotation.location()));
    }

    private static Optional<AstExpr.Reference> firstReference(AstExpr expression) {
        return switch (expression) {
            case AstExpr.Reference reference -> Optional.of(reference);
            case AstExpr.Unary unary -> firstReference(unary.operand());
            case AstExpr.Binary binary -> firstReference(binary.left()).or(() -> firstReference(binary.right()));
            case AstExpr.ArrayLiteral array -> array.elements().stream().map(AnnotationChecker::firstReference)
                    .flatMap(Optional::stream).findFirst();
            default -> Optional.empty();
        };
    }

    private Optional<Annotation> fail(DiagnosticCode code, SourceLocation at, String message) {
        diagnostics.error(code, at, message);
        return Optional.empty();
    }
}
