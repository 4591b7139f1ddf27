package org.binder4j.aidl.model;

import java.util.List;
import java.util.Optional;

/** The annotations of one declaration, member or type, in the order written, with typed accessors. */
public record Annotations(List<Annotation> list) {
    public static final Annotations NONE = new Annotations(List.of());

    public Annotations {
        list = List.copyOf(list);
    }

    public boolean has(AnnotationKind kind) {
        return list.stream().anyMatch(a -> a.kind() == kind);
    }

    /** The annotation of {@code kind} (the first, for a repeatable one). */
    public Optional<Annotation> get(AnnotationKind kind) {
        return list.stream().filter(a -> a.kind() == kind).findFirst();
    }

    public List<Annotation> all(AnnotationKind kind) {
        return list.stream().filter(a -> a.kind() == kind).toList();
    }

    public boolean isNullable() {
        return has(AnnotationKind.NULLABLE);
    }

    /** {@code @nullable(heap=true)}. */
    public boolean isHeapNullable() {
        return get(AnnotationKind.NULLABLE).map(a -> a.flag("heap")).orElse(false);
    }

    public boolean isUtf8InCpp() {
        return has(AnnotationKind.UTF8_IN_CPP);
    }

    /** The Java annotations to copy verbatim, in order ({@code @JavaPassthrough} is repeatable). */
    public List<String> javaPassthrough() {
        return all(AnnotationKind.JAVA_PASSTHROUGH).stream().map(a -> a.string("annotation").orElseThrow()).toList();
    }

    /** Whether {@code @JavaDerive} asks for {@code method} ({@code "toString"} or {@code "equals"}). */
    public boolean javaDerives(String method) {
        return get(AnnotationKind.JAVA_DERIVE).map(a -> a.flag(method)).orElse(false);
    }

    /** The names {@code @SuppressWarnings} silences. */
    public List<String> suppressedWarnings() {
        return get(AnnotationKind.SUPPRESS_WARNINGS).map(a -> a.strings("value")).orElse(List.of());
    }

    /** The lint names of {@code @JavaSuppressLint}. */
    public List<String> javaSuppressLint() {
        return get(AnnotationKind.JAVA_SUPPRESS_LINT).map(a -> a.strings("value")).orElse(List.of());
    }

    /** What {@code @EnforcePermission} requires ({@code value} first, then {@code anyOf}, then {@code allOf}). */
    public Optional<PermissionExpression> enforcePermission() {
        return get(AnnotationKind.ENFORCE_PERMISSION).map(Annotations::permission);
    }

    private static PermissionExpression permission(Annotation annotation) {
        Optional<String> single = annotation.string("value");
        if (single.isPresent()) {
            return new PermissionExpression.Single(single.get());
        }
        if (annotation.parameter("anyOf").isPresent()) {
            return new PermissionExpression.AnyOf(annotation.strings("anyOf"));
        }
        return new PermissionExpression.AllOf(annotation.strings("allOf"));
    }
}
