package org.binder4j.aidl.check;

import static org.binder4j.aidl.check.Rejection.inInterface;
import static org.binder4j.aidl.check.Rejection.inParcelable;
import static org.binder4j.aidl.check.Rejection.of;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Annotation schemas and placement (reference §1.7 and §4.2, "Annotations"). */
class AnnotationRejectionTest {
    static Stream<Rejection> cases() {
        return Stream.of(
                inInterface("unknown annotation", "@Frobnicate void f();")
                        .expect(DiagnosticCode.UNKNOWN_ANNOTATION, 3, "'Frobnicate' is not a recognized annotation. "
                                + "It must be one of: nullable utf8InCpp SensitiveData VintfStability"),
                of("@Hide is gone since Android 13", "p/IFoo.aidl", "package p;\n@Hide\ninterface IFoo {}")
                        .expect(DiagnosticCode.UNKNOWN_ANNOTATION, 2, "'Hide' is not a recognized annotation."),
                of("@JavaDerive on an interface", "p/IFoo.aidl", "package p;\n@JavaDerive(toString=true)\ninterface IFoo {}")
                        .expect(DiagnosticCode.ANNOTATION_NOT_ALLOWED_HERE, 2, "@JavaDerive is not available. It can "
                                + "annotate {enum, structured parcelable, union}."),
                of("@nullable on a declaration", "p/Foo.aidl", "package p;\n@nullable\nparcelable Foo {}")
                        .expect(DiagnosticCode.ANNOTATION_NOT_ALLOWED_HERE, 2,
                                "@nullable is not available. It can annotate {type}."),
                inInterface("@SuppressWarnings on an argument",
                        "void f(in @SuppressWarnings(value={\"inout-parameter\"}) int[] a);")
                        .expect(DiagnosticCode.ANNOTATION_NOT_ALLOWED_HERE, 3, "@SuppressWarnings is not available. It "
                                + "can annotate {interface, enum, structured parcelable, union, parcelable, constant, "
                                + "field, method}."),
                inParcelable("@PropagateAllowBlocking on a field", "@PropagateAllowBlocking int x;")
                        .expect(DiagnosticCode.ANNOTATION_NOT_ALLOWED_HERE, 3,
                                "@PropagateAllowBlocking is not available. It can annotate {method}."),
                of("@JavaOnlyStableParcelable on a structured parcelable", "p/Foo.aidl",
                        "package p;\n@JavaOnlyStableParcelable\nparcelable Foo {}")
                        .expect(DiagnosticCode.ANNOTATION_NOT_ALLOWED_HERE, 2,
                                "@JavaOnlyStableParcelable is not available. It can annotate {parcelable}."),
                of("@Descriptor on a parcelable", "p/Foo.aidl", "package p;\n@Descriptor(value=\"x\")\nparcelable Foo {}")
                        .expect(DiagnosticCode.ANNOTATION_NOT_ALLOWED_HERE, 2,
                                "@Descriptor is not available. It can annotate {interface}."),
                of("unknown parameter", "p/Foo.aidl", "package p;\n@JavaDerive(hashCode=true)\nparcelable Foo {}")
                        .expect(DiagnosticCode.UNKNOWN_ANNOTATION_PARAMETER, 2, "Parameter hashCode not supported for "
                                + "annotation JavaDerive. It must be one of: toString equals"),
                of("repeated annotation", "p/Foo.aidl",
                        "package p;\n@JavaDerive(toString=true)\n@JavaDerive(equals=true)\nparcelable Foo {}")
                        .expect(DiagnosticCode.REPEATED_ANNOTATION, 4,
                                "'JavaDerive' is repeated, but not allowed. Previous location:"),
                of("repeated parameter", "p/Foo.aidl",
                        "package p;\n@JavaDerive(toString=true, toString=false)\nparcelable Foo {}")
                        .expect(DiagnosticCode.DUPLICATE_ANNOTATION_PARAMETER, 2, "Trying to redefine parameter toString."),
                of("parameter of the wrong type", "p/Foo.aidl", "package p;\n@JavaDerive(toString=\"yes\")\nparcelable Foo {}")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 2,
                                "Invalid type specifier for a literal string: boolean (\"yes\")"),
                inInterface("string where a string array is needed", "@SuppressWarnings(\"mixed-oneway\") void f();")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for a literal string: String[] (\"mixed-oneway\")"),
                inInterface("string where an int is needed", "@UnsupportedAppUsage(maxTargetSdk=\"30\") void f();")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for a literal string: int (\"30\")"),
                of("@Descriptor without value", "p/IFoo.aidl", "package p;\n@Descriptor\ninterface IFoo {}")
                        .expect(DiagnosticCode.MISSING_ANNOTATION_PARAMETER, 2, "Missing 'value' on @Descriptor."),
                inInterface("@JavaPassthrough without annotation", "@JavaPassthrough void f();")
                        .expect(DiagnosticCode.MISSING_ANNOTATION_PARAMETER, 3,
                                "Missing 'annotation' on @JavaPassthrough."),
                inInterface("constant reference in a parameter", "const String ANNOTATION = \"@Annotation\";",
                        "@JavaPassthrough(annotation=ANNOTATION) void foo();")
                        .expect(DiagnosticCode.ANNOTATION_PARAMETER_REFERENCE, 4,
                                "Value must be a constant expression but contains reference to ANNOTATION."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejected(Rejection rejection, @TempDir Path root) {
        rejection.verify(root);
    }
}
