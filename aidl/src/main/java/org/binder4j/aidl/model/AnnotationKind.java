package org.binder4j.aidl.model;

import static org.binder4j.aidl.model.AnnotationParameter.optional;
import static org.binder4j.aidl.model.AnnotationParameter.required;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.binder4j.aidl.model.AnnotationParameter.Type;

/**
 * The annotations AIDL knows (AOSP 13's schema, in its order): where each may be written, the parameters it takes
 * and whether it may be repeated. Any other {@code @Name} is an error. The Java backend acts on most of them; the
 * Android-only ones ({@link #ENFORCE_PERMISSION}, {@link #UNSUPPORTED_APP_USAGE}, {@link #SENSITIVE_DATA},
 * {@link #PROPAGATE_ALLOW_BLOCKING}...) are validated and kept in the model for the generator to map or document.
 */
public enum AnnotationKind {
    /** The value may be null; {@code heap=true} (parcelables only) boxes the value and breaks by-value recursion. */
    NULLABLE("nullable", EnumSet.of(AnnotationTarget.TYPE), optional("heap", Type.BOOLEAN)),
    /** C++ representation of strings; no effect in Java. */
    UTF8_IN_CPP("utf8InCpp", EnumSet.of(AnnotationTarget.TYPE)),
    /** Marks transaction buffers for clearing ({@code FLAG_CLEAR_BUF}, {@code markSensitive()}). */
    SENSITIVE_DATA("SensitiveData", EnumSet.of(AnnotationTarget.INTERFACE)),
    /** Vendor-interface stability; needs {@code --structured --stability vintf}. Applies to nested types too. */
    VINTF_STABILITY("VintfStability", AnnotationTarget.DECLARATIONS),
    /** Android's hidden-API greylist annotation. */
    UNSUPPORTED_APP_USAGE("UnsupportedAppUsage", union(AnnotationTarget.DECLARATIONS, AnnotationTarget.MEMBERS),
            optional("expectedSignature", Type.STRING), optional("implicitMember", Type.STRING),
            optional("maxTargetSdk", Type.INT), optional("publicAlternatives", Type.STRING),
            optional("trackingBug", Type.LONG)),
    /** Lets a hand-written parcelable be used under {@code --structured} (Java). */
    JAVA_ONLY_STABLE_PARCELABLE("JavaOnlyStableParcelable", EnumSet.of(AnnotationTarget.UNSTRUCTURED_PARCELABLE)),
    /** The primitive an enum's values are: {@code byte} (the default), {@code int} or {@code long}. */
    BACKING("Backing", EnumSet.of(AnnotationTarget.ENUM), required("type", Type.STRING)),
    /** A Java annotation copied verbatim into the output. */
    JAVA_PASSTHROUGH("JavaPassthrough", EnumSet.allOf(AnnotationTarget.class), true,
            required("annotation", Type.STRING)),
    /** Generates {@code toString()} and/or {@code equals()}/{@code hashCode()}. */
    JAVA_DERIVE("JavaDerive",
            EnumSet.of(AnnotationTarget.STRUCTURED_PARCELABLE, AnnotationTarget.UNION, AnnotationTarget.ENUM),
            optional("toString", Type.BOOLEAN), optional("equals", Type.BOOLEAN)),
    /** Generates the {@code setDefaultImpl}/{@code getDefaultImpl} machinery and the Proxy's fallback to it. */
    JAVA_DEFAULT("JavaDefault", EnumSet.of(AnnotationTarget.INTERFACE)),
    /** Generates a {@code Delegator} that forwards to another implementation. */
    JAVA_DELEGATOR("JavaDelegator", EnumSet.of(AnnotationTarget.INTERFACE)),
    /** Final fields, a builder and unmodifiable collections; such a type can only be an {@code in} argument. */
    JAVA_ONLY_IMMUTABLE("JavaOnlyImmutable", EnumSet.of(AnnotationTarget.STRUCTURED_PARCELABLE,
            AnnotationTarget.UNION, AnnotationTarget.UNSTRUCTURED_PARCELABLE)),
    /** Emits Android's {@code @SuppressLint(value = {...})}. */
    JAVA_SUPPRESS_LINT("JavaSuppressLint", EnumSet.allOf(AnnotationTarget.class), required("value", Type.STRING_ARRAY)),
    /** Every field has a fixed size; a fixed-size union's tag is a byte. */
    FIXED_SIZE("FixedSize", EnumSet.of(AnnotationTarget.STRUCTURED_PARCELABLE, AnnotationTarget.UNION)),
    /** Replaces the interface token ({@code DESCRIPTOR}). */
    DESCRIPTOR("Descriptor", EnumSet.of(AnnotationTarget.INTERFACE), required("value", Type.STRING)),
    /** Rust derives; no effect in Java. */
    RUST_DERIVE("RustDerive", EnumSet.of(AnnotationTarget.STRUCTURED_PARCELABLE, AnnotationTarget.UNION),
            optional("Copy", Type.BOOLEAN), optional("Clone", Type.BOOLEAN), optional("PartialOrd", Type.BOOLEAN),
            optional("Ord", Type.BOOLEAN), optional("PartialEq", Type.BOOLEAN), optional("Eq", Type.BOOLEAN),
            optional("Hash", Type.BOOLEAN)),
    /** Silences AIDL lint warnings by name; not emitted into Java. */
    SUPPRESS_WARNINGS("SuppressWarnings", union(AnnotationTarget.DECLARATIONS, AnnotationTarget.MEMBERS),
            required("value", Type.STRING_ARRAY)),
    /** A permission check before the call: {@code value}, or {@code anyOf}/{@code allOf} lists. */
    ENFORCE_PERMISSION("EnforcePermission", EnumSet.of(AnnotationTarget.INTERFACE, AnnotationTarget.METHOD),
            optional("value", Type.STRING), optional("anyOf", Type.STRING_ARRAY),
            optional("allOf", Type.STRING_ARRAY)),
    /** The implementation checks permissions itself. */
    PERMISSION_MANUALLY_ENFORCED("PermissionManuallyEnforced",
            EnumSet.of(AnnotationTarget.INTERFACE, AnnotationTarget.METHOD)),
    /** No permission is required. */
    REQUIRES_NO_PERMISSION("RequiresNoPermission", EnumSet.of(AnnotationTarget.INTERFACE, AnnotationTarget.METHOD)),
    /** The Proxy calls {@code setPropagateAllowBlocking()} on the reply. */
    PROPAGATE_ALLOW_BLOCKING("PropagateAllowBlocking", EnumSet.of(AnnotationTarget.METHOD));

    private final String aidlName;
    private final Set<AnnotationTarget> targets;
    private final boolean repeatable;
    private final List<AnnotationParameter> parameters;

    AnnotationKind(String aidlName, Set<AnnotationTarget> targets, AnnotationParameter... parameters) {
        this(aidlName, targets, false, parameters);
    }

    AnnotationKind(String aidlName, Set<AnnotationTarget> targets, boolean repeatable,
            AnnotationParameter... parameters) {
        this.aidlName = aidlName;
        this.targets = Set.copyOf(targets);
        this.repeatable = repeatable;
        this.parameters = List.of(parameters);
    }

    /** The annotation written {@code @name}. */
    public static Optional<AnnotationKind> named(String name) {
        return Arrays.stream(values()).filter(k -> k.aidlName.equals(name)).findFirst();
    }

    /** The name written after {@code @}. */
    public String aidlName() {
        return aidlName;
    }

    public Set<AnnotationTarget> targets() {
        return targets;
    }

    public boolean isRepeatable() {
        return repeatable;
    }

    /** The parameters, in the schema's order. */
    public List<AnnotationParameter> parameters() {
        return parameters;
    }

    public Optional<AnnotationParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static Set<AnnotationTarget> union(Set<AnnotationTarget> a, Set<AnnotationTarget> b) {
        EnumSet<AnnotationTarget> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
