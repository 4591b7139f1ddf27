package org.binder4j.aidl.check;

import static org.binder4j.aidl.check.Rejection.inInterface;
import static org.binder4j.aidl.check.Rejection.of;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Methods, arguments and directions (reference §4.2, "Methods and interfaces" and "Directions", plus §4.3). */
class MethodRejectionTest {
    static Stream<Rejection> cases() {
        return Stream.of(
                inInterface("oneway method returning a value", "oneway int count();")
                        .expect(DiagnosticCode.ONEWAY_RETURN_VALUE, 3, "oneway method 'count' cannot return a value"),
                of("out parameter in a oneway interface", "p/IFoo.aidl",
                        "package p;\noneway interface IFoo {\n    void fetch(out int[] data);\n}")
                        .expect(DiagnosticCode.ONEWAY_OUT_PARAMETER, 3,
                                "oneway method 'fetch' cannot have out parameters"),
                inInterface("inout parameter of a oneway method", "oneway void f(inout int[] d);")
                        .expect(DiagnosticCode.ONEWAY_OUT_PARAMETER, 3, "oneway method 'f' cannot have out parameters"),
                inInterface("no overloading", "void put(int key);", "void put(String key);")
                        .expect(DiagnosticCode.DUPLICATE_METHOD, 4, "attempt to redefine method put:"),
                inInterface("reserved asBinder()", "IBinder asBinder();")
                        .expect(DiagnosticCode.RESERVED_METHOD, 3, " method asBinder() is reserved for internal use."),
                inInterface("reserved signature whatever the return type", "int getInterfaceHash();")
                        .expect(DiagnosticCode.RESERVED_METHOD, 3, "method getInterfaceHash() is reserved"),
                inInterface("reserved getTransactionName(int)", "String getTransactionName(int code);")
                        .expect(DiagnosticCode.RESERVED_METHOD, 3, "method getTransactionName(int) is reserved"),
                inInterface("duplicate argument name", "void f(int a, int a);")
                        .expect(DiagnosticCode.DUPLICATE_ARGUMENT, 3, "method 'f' has duplicate argument name 'a'"),
                inInterface("argument named with a Java keyword", "void f(int class);")
                        .expect(DiagnosticCode.JAVA_KEYWORD_NAME, 3, "Argument name is a Java or aidl keyword"),
                inInterface("argument starting with _aidl", "void f(int _aidl_x);")
                        .expect(DiagnosticCode.RESERVED_ARGUMENT_NAME, 3, "Argument name cannot begin with '_aidl'"),
                inInterface("argument named like a Proxy local", "void f(in String _data);")
                        .expect(DiagnosticCode.RESERVED_ARGUMENT_NAME, 3,
                                "'_data' is a local variable of the generated Java Proxy"),
                inInterface("void parameter", "void f(void a);")
                        .expect(DiagnosticCode.VOID_ARGUMENT, 3, "'void' is an invalid type for the parameter 'a'"),
                inInterface("ParcelableHolder return", "ParcelableHolder f();")
                        .expect(DiagnosticCode.PARCELABLE_HOLDER_RETURN, 3, "ParcelableHolder cannot be a return type"),
                inInterface("ParcelableHolder argument", "void f(in ParcelableHolder h);")
                        .expect(DiagnosticCode.INVALID_ARGUMENT_TYPE, 3,
                                "ParcelableHolder cannot be an argument type"),
                inInterface("method named with a Java keyword", "void new();")
                        .expect(DiagnosticCode.JAVA_KEYWORD_NAME, 3, "Method name 'new' is a Java keyword"),
                inInterface("nested type named like a generated class", "parcelable Stub { int x; }")
                        .expect(DiagnosticCode.RESERVED_NESTED_TYPE_NAME, 3,
                                "Nested type 'Stub' clashes with a class the Java backend generates"),
                inInterface("explicit and implicit ids mixed", "void a() = 1;", "void b();")
                        .expect(DiagnosticCode.MIXED_METHOD_IDS, 4,
                                "You must either assign id's to all methods or to none of them."),
                inInterface("duplicate explicit id", "void a() = 5;", "void b() = 5;")
                        .expect(DiagnosticCode.DUPLICATE_METHOD_ID, 4, "Found duplicate method id (5) for method b"),
                inInterface("explicit id beyond the user range", "void a() = 16777115;")
                        .expect(DiagnosticCode.METHOD_ID_OUT_OF_RANGE, 3, "Found out of bounds id (16777115) for "
                                + "method a. Value for id must be between 0 and 16777114 inclusive."),
                of("permission annotations on interface and method", "p/IFoo.aidl",
                        "package p;\n@RequiresNoPermission\ninterface IFoo {\n    @EnforcePermission(\"CAMERA\") void f();\n}")
                        .expect(DiagnosticCode.CONFLICTING_PERMISSION_ANNOTATIONS, 4, "The interface IFoo is annotated "
                                + "as requiring no permission but the method f is also annotated."),
                of("enforced interface with a manually enforced method", "p/IFoo.aidl",
                        "package p;\n@EnforcePermission(\"CAMERA\")\ninterface IFoo {\n    @PermissionManuallyEnforced void f();\n}")
                        .expect(DiagnosticCode.CONFLICTING_PERMISSION_ANNOTATIONS, 4,
                                "enforces permissions using annotations but the method f is also annotated"),
                inInterface("@EnforcePermission without parameter", "@EnforcePermission() void f();")
                        .expect(DiagnosticCode.INVALID_PERMISSION_ANNOTATION, 3,
                                "Unable to parse @EnforcePermission annotation: No parameter for @EnforcePermission"),
                inInterface("out primitive", "void read(out int value);")
                        .expect(DiagnosticCode.INVALID_DIRECTION, 3,
                                "'value' can't be an out parameter because int can only be an in parameter."),
                inInterface("out IBinder", "void f(out IBinder b);")
                        .expect(DiagnosticCode.INVALID_DIRECTION, 3, "because IBinder can only be an in parameter."),
                inInterface("out interface", "void f(out IFoo other);")
                        .expect(DiagnosticCode.INVALID_DIRECTION, 3, "because interface can only be an in parameter."),
                inInterface("out enum", "void f(out p.E e);")
                        .with("p/E.aidl", "package p;\nenum E { A }")
                        .expect(DiagnosticCode.INVALID_DIRECTION, 3, "because enum can only be an in parameter."),
                inInterface("inout String", "void edit(inout String text);")
                        .expect(DiagnosticCode.INVALID_DIRECTION, 3, "'text' can't be an inout parameter because "
                                + "String can only be an in parameter."),
                inInterface("out ParcelFileDescriptor", "void f(out ParcelFileDescriptor p);")
                        .expect(DiagnosticCode.INVALID_DIRECTION, 3, "'p' can't be an out parameter because "
                                + "ParcelFileDescriptor can only be an in or inout parameter."),
                inInterface("inout @JavaOnlyImmutable", "void f(inout p.Imm x);")
                        .with("p/Imm.aidl", "package p;\n@JavaOnlyImmutable parcelable Imm { int a; }")
                        .expect(DiagnosticCode.INVALID_DIRECTION, 3,
                                "because @JavaOnlyImmutable can only be an in parameter."),
                inInterface("array without direction", "void f(int[] a);")
                        .expect(DiagnosticCode.MISSING_DIRECTION, 3, "The direction of 'a' is not specified. array "
                                + "can be an in, out, or inout parameter."),
                inInterface("List without direction", "void f(List<String> l);")
                        .expect(DiagnosticCode.MISSING_DIRECTION, 3, "List can be an in, out, or inout parameter."),
                inInterface("ParcelFileDescriptor without direction", "void f(ParcelFileDescriptor p);")
                        .expect(DiagnosticCode.MISSING_DIRECTION, 3,
                                "ParcelFileDescriptor can be an in or inout parameter."),
                inInterface("parcelable without direction", "void save(p.Bar point);")
                        .with("p/Bar.aidl", "package p;\nparcelable Bar {}")
                        .expect(DiagnosticCode.MISSING_DIRECTION, 3, "The direction of 'point' is not specified. "
                                + "parcelable/union can be an in, out, or inout parameter."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejected(Rejection rejection, @TempDir Path root) {
        rejection.verify(root);
    }
}
