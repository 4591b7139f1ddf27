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

/** Parcelables, unions, enums, nesting, files and stability (reference §4.2, "Parcelables, unions, enums, nesting"). */
class DeclarationRejectionTest {
    static Stream<Rejection> cases() {
        return Stream.of(
                inParcelable("parcelable holding itself", "Foo next;")
                        .expect(DiagnosticCode.RECURSIVE_PARCELABLE, 2, "Foo is a recursive parcelable: Foo->Foo"),
                inParcelable("plain @nullable does not break recursion", "@nullable Foo next;")
                        .expect(DiagnosticCode.RECURSIVE_PARCELABLE, 2, "Foo is a recursive parcelable: Foo->Foo"),
                of("recursion across files", "p/Foo.aidl", "package p;\nimport p.Bar;\nparcelable Foo {\n    Bar bar;\n}")
                        .with("p/Bar.aidl", "package p;\nimport p.Foo;\nunion Bar {\n    int n;\n    Foo foo;\n}")
                        .expect(DiagnosticCode.RECURSIVE_PARCELABLE, 3, "Foo is a recursive parcelable: Foo->Bar->Foo"),
                inParcelable("duplicate field", "int a;", "String a;")
                        .expect(DiagnosticCode.DUPLICATE_FIELD, 4, "'Foo' has duplicate field name 'a'"),
                of("union fields that differ only in case", "p/U.aidl", "package p;\nunion U {\n    int a;\n    int A;\n}")
                        .expect(DiagnosticCode.DUPLICATE_GETTER, 4,
                                "'U' has duplicate field name 'A' after capitalizing the first letter"),
                of("immutable fields that differ only in case", "p/Foo.aidl",
                        "package p;\n@JavaOnlyImmutable\nparcelable Foo {\n    int a;\n    int A;\n}")
                        .expect(DiagnosticCode.DUPLICATE_GETTER, 5, "after capitalizing the first letter"),
                inParcelable("duplicate constant", "const int A = 1;", "const String A = \"a\";")
                        .expect(DiagnosticCode.DUPLICATE_CONSTANT, 4, "Found duplicate constant name 'A'"),
                of("union without fields", "p/U.aidl", "package p;\n// nothing inside\nunion U {\n}")
                        .expect(DiagnosticCode.EMPTY_UNION, 3, "The union 'U' has no fields."),
                of("union whose first field is an enum without default", "p/U.aidl",
                        "package p;\nunion U {\n    p.E e;\n    int n;\n}")
                        .with("p/E.aidl", "package p;\nenum E { A }")
                        .expect(DiagnosticCode.UNION_FIRST_MEMBER_WITHOUT_DEFAULT, 3,
                                "Enum types can be initialized with a reference."),
                of("union whose first field is an array without default", "p/U.aidl",
                        "package p;\nunion U {\n    int[] values;\n}")
                        .expect(DiagnosticCode.UNION_FIRST_MEMBER_WITHOUT_DEFAULT, 3,
                                "Arrays can be initialized with values(e.g. ... = { values... };) or marked as @nullable."),
                of("ParcelableHolder in a union", "p/U.aidl", "package p;\nunion U {\n    int n;\n    ParcelableHolder x;\n}")
                        .expect(DiagnosticCode.PARCELABLE_HOLDER_IN_UNION, 4,
                                "A union can't have a member of ParcelableHolder 'x'"),
                of("byte enumerator overflowing by auto-increment", "p/E.aidl",
                        "package p;\n@Backing(type=\"byte\")\nenum E {\n    FOO = 127,\n    BAR,\n}")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 5,
                                "Invalid type specifier for an int32 literal: byte (FOO+1)"),
                of("int enumerator overflowing int32 arithmetic", "p/E.aidl",
                        "package p;\n@Backing(type=\"int\")\nenum E {\n    A = 2147483647,\n    B,\n}")
                        .expect(DiagnosticCode.CONSTANT_OVERFLOW, 5, "Constant expression computation overflows."),
                of("boolean backing type", "p/E.aidl", "package p;\n@Backing(type=\"boolean\")\nenum E { A }")
                        .expect(DiagnosticCode.INVALID_BACKING_TYPE, 3,
                                "Invalid backing type: boolean. Backing type must be one of: byte, int, long"),
                of("@Backing without type", "p/E.aidl", "package p;\n@Backing\nenum E { A }")
                        .expect(DiagnosticCode.MISSING_ANNOTATION_PARAMETER, 2, "Missing 'type' on @Backing."),
                of("duplicate enumerator", "p/E.aidl", "package p;\nenum E {\n    A,\n    A = 3,\n}")
                        .expect(DiagnosticCode.DUPLICATE_ENUMERATOR, 4, "Found duplicate enumerator name 'A' in enum E"),
                of("enumerator named with a Java keyword", "p/E.aidl", "package p;\nenum E {\n    A,\n    default,\n}")
                        .expect(DiagnosticCode.JAVA_KEYWORD_NAME, 4, "Enumerator name 'default' is a Java keyword"),
                inParcelable("field named with a Java keyword", "int class;")
                        .expect(DiagnosticCode.JAVA_KEYWORD_NAME, 3, "Field name 'class' is a Java keyword"),
                inParcelable("nested type with its parent's name", "parcelable Foo { int x; }")
                        .expect(DiagnosticCode.NESTED_TYPE_NAMED_AFTER_PARENT, 3,
                                "Nested type 'Foo' has the same name as its parent."),
                inParcelable("two nested types with one name", "parcelable Bar { int x; }", "enum Bar { A }")
                        .expect(DiagnosticCode.DUPLICATE_NESTED_TYPE, 4, "Redefinition of 'Bar'."),
                of("a union's own nested Tag clashes with the implicit one", "p/U.aidl",
                        "package p;\nunion U {\n    int n;\n    enum Tag { X }\n}")
                        .expect(DiagnosticCode.DUPLICATE_NESTED_TYPE, 2, "Redefinition of 'Tag'."),
                inParcelable("nested unstructured parcelable", "parcelable Bar;")
                        .expect(DiagnosticCode.NESTED_UNSTRUCTURED_PARCELABLE, 3,
                                "'Bar' is nested. Unstructured parcelables should be at the root scope."),
                of("generic parcelable with a nested type", "p/Foo.aidl",
                        "package p;\nparcelable Foo<T> {\n    parcelable Bar {}\n}")
                        .expect(DiagnosticCode.GENERIC_WITH_NESTED_TYPES, 2, "Generic types can't have nested types."),
                of("generic union (its Tag enum is a nested type)", "p/U.aidl", "package p;\nunion U<T> {\n    int n;\n}")
                        .expect(DiagnosticCode.GENERIC_WITH_NESTED_TYPES, 2, "Generic types can't have nested types."),
                of("repeated type parameter", "p/Foo.aidl", "package p;\nparcelable Foo<T, T> {\n    int a;\n}")
                        .expect(DiagnosticCode.DUPLICATE_TYPE_PARAMETER, 2, "Every type parameter should be unique."),
                of("type parameter used in a field", "p/Foo.aidl", "package p;\nparcelable Foo<T> {\n    T value;\n}")
                        .expect(DiagnosticCode.UNRESOLVED_TYPE, 3, "Failed to resolve 'T'"),
                of("@FixedSize with a String", "p/Foo.aidl",
                        "package p;\n@FixedSize\nparcelable Foo {\n    int a;\n    String s;\n}")
                        .expect(DiagnosticCode.NON_FIXED_SIZE_FIELD, 5,
                                "The @FixedSize parcelable 'Foo' has a non-fixed size field named s."),
                of("@FixedSize with a dynamic array", "p/Foo.aidl",
                        "package p;\n@FixedSize\nparcelable Foo {\n    int[] a;\n}")
                        .expect(DiagnosticCode.NON_FIXED_SIZE_FIELD, 4, "has a non-fixed size field named a."),
                of("@JavaOnlyImmutable with a mutable parcelable", "p/Foo.aidl",
                        "package p;\n@JavaOnlyImmutable\nparcelable Foo {\n    p.Bar b;\n}")
                        .with("p/Bar.aidl", "package p;\nparcelable Bar { int x; }")
                        .expect(DiagnosticCode.NON_IMMUTABLE_FIELD, 4,
                                "The @JavaOnlyImmutable 'Foo' has a non-immutable field named 'b'."),
                of("nested types that refer to each other", "p/IFoo.aidl", "package p;\ninterface IFoo {\n"
                        + "    parcelable A { B[] bs; }\n    parcelable B { A[] as; }\n}")
                        .expect(DiagnosticCode.CYCLIC_NESTED_TYPES, 2,
                                "IFoo has nested types with cyclic references."),
                of("two types in one file", "p/IFoo.aidl", "package p;\ninterface IFoo {}\nparcelable Bar {}")
                        .expect(DiagnosticCode.MULTIPLE_TYPES_IN_FILE, 3, "You must declare only one type per file."),
                of("file named after another type", "p/WrongName.aidl", "package p;\nparcelable Misnamed {\n    int v;\n}")
                        .expect(DiagnosticCode.MISNAMED_FILE, 2,
                                "Misnamed should be declared in a file called p/Misnamed.aidl"),
                of("qualified declaration name", "p/IFoo.aidl", "package p;\ninterface q.IFoo {}")
                        .expect(DiagnosticCode.QUALIFIED_TYPE_NAME, 2, "Type name can't be qualified. Use `package`."),
                of("Java keyword as a package component", "p/default/Foo.aidl",
                        "package p.default;\nparcelable Foo {}")
                        .expect(DiagnosticCode.RESERVED_NAME_COMPONENT, 2,
                                "p.default.Foo is an invalid name because 'default' is a Java or C++ identifier."),
                of("built-in type name as a declaration", "p/String.aidl", "package p;\nparcelable String {}")
                        .expect(DiagnosticCode.RESERVED_NAME_COMPONENT, 2,
                                "p.String is an invalid name because 'String' is a built-in AIDL type."),
                of("a type defined again in an imported file", "p/IFoo.aidl",
                        "package p;\nimport p.Dup;\ninterface IFoo {}")
                        .with("p/Dup.aidl", "package p;\nparcelable Dup;\nparcelable IFoo;")
                        .expect(DiagnosticCode.TYPE_REDEFINITION, 3, "redefinition: p.IFoo is defined"),
                of("@VintfStability without the flags", "p/Foo.aidl", "package p;\n@VintfStability\nparcelable Foo {}")
                        .expect(DiagnosticCode.VINTF_FLAGS_MISSING, 3,
                                "Must compile @VintfStability type w/ aidl_interface 'stability: \"vintf\"'"),
                of("@VintfStability without --structured", "p/Foo.aidl", "package p;\n@VintfStability\nparcelable Foo {}")
                        .flags("--stability", "vintf")
                        .expect(DiagnosticCode.VINTF_FLAGS_MISSING, 3,
                                "Must compile @VintfStability type w/ aidl_interface --structured"),
                inInterface("--stability vintf with a plain type", "void f();")
                        .flags("--structured", "--stability=vintf")
                        .expect(DiagnosticCode.NOT_VINTF_STABLE, 2,
                                "p.IFoo does not have VINTF level stability, but this interface requires it."),
                of("hand-written parcelable declared under --structured", "p/Blob.aidl", "package p;\nparcelable Blob;")
                        .flags("--structured")
                        .expect(DiagnosticCode.UNSTRUCTURED_IN_STRUCTURED, 2,
                                "Cannot declare unstructured parcelable in a --structured interface."),
                inInterface("hand-written parcelable used under --structured", "void f(in p.Blob b);")
                        .with("p/Blob.aidl", "package p;\nparcelable Blob;")
                        .flags("--structured")
                        .expect(DiagnosticCode.UNSTRUCTURED_IN_STRUCTURED, 2,
                                "p.Blob is not structured, but this is a structured interface."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejected(Rejection rejection, @TempDir Path root) {
        rejection.verify(root);
    }
}
