package org.binder4j.aidl.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.binder4j.aidl.source.SourceLocation;

/**
 * A validated annotation: its kind and its parameters, each converted to the type the schema gives it
 * ({@link AnnotationParameter.Type}), in the order written.
 */
public record Annotation(AnnotationKind kind, Map<String, ConstantValue> parameters, SourceLocation location) {
    public Annotation {
        Objects.requireNonNull(kind, "kind");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        Objects.requireNonNull(location, "location");
    }

    public Optional<ConstantValue> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** A boolean parameter; false when absent. */
    public boolean flag(String name) {
        return parameter(name).map(v -> ((ConstantValue.BooleanValue) v).value()).orElse(false);
    }

    public Optional<String> string(String name) {
        return parameter(name).map(v -> ((ConstantValue.StringValue) v).value());
    }

    /** A {@code String[]} parameter; empty when absent. */
    public List<String> strings(String name) {
        return parameter(name)
                .map(v -> ((ConstantValue.ArrayValue) v).elements().stream()
                        .map(e -> ((ConstantValue.StringValue) e).value())
                        .toList())
                .orElse(List.of());
    }

    /** An {@code int} or {@code long} parameter. */
    public Optional<Long> integral(String name) {
        return parameter(name).map(v -> ((ConstantValue.IntegralValue) v).value());
    }
}
