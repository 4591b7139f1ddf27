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

/** Types, generics, arrays, nullability, imports and SDK gates (reference §4.2, "Types, generics, arrays"). */
class TypeRejectionTest {
    private static final String BAR = "package p;\nparcelable Bar { int x; }";
    private static final String BOX = "package p;\nparcelable Box<T>;";
    private static final String ENUM = "package p;\nenum E { A }";

    static Stream<Rejection> cases() {
        return Stream.of(
                inInterface("unknown type", "void send(in Widget widget);")
                        .expect(DiagnosticCode.UNRESOLVED_TYPE, 3, "Failed to resolve 'Widget'"),
                inInterface("same-package type without import", "void f(in Bar b);")
                        .with("p/Bar.aidl", BAR)
                        .expect(DiagnosticCode.UNRESOLVED_TYPE, 3, "Failed to resolve 'Bar'"),
                of("import without a file, even unused", "p/IFoo.aidl", "package p;\nimport p.Nope;\ninterface IFoo {}")
                        .expect(DiagnosticCode.IMPORT_NOT_FOUND, 2, "Couldn't find import for class p.Nope"),
                of("import found under two include directories", "p/IFoo.aidl",
                        "package p;\nimport q.IBar;\ninterface IFoo {}")
                        .with("one/q/IBar.aidl", "package q;\ninterface IBar {}")
                        .with("two/q/IBar.aidl", "package q;\ninterface IBar {}")
                        .flags("-I{root}/one", "-I{root}/two")
                        .expect(DiagnosticCode.AMBIGUOUS_IMPORT, 2, "Duplicate files found for q.IBar from:"),
                inParcelable("List of a primitive", "List<int> values;")
                        .expect(DiagnosticCode.PRIMITIVE_TYPE_ARGUMENT, 3,
                                "A generic type cannot have any primitive type parameters."),
                inParcelable("Map of an enum", "Map<String, p.E> values;")
                        .with("p/E.aidl", ENUM)
                        .expect(DiagnosticCode.PRIMITIVE_TYPE_ARGUMENT, 3,
                                "A generic type cannot have any primitive type parameters."),
                inParcelable("List of arrays", "List<int[]> values;")
                        .expect(DiagnosticCode.LIST_OF_ARRAYS, 3, "List of arrays is not supported. List<T> supports "
                                + "interface/parcelable/union, String, IBinder, and ParcelFileDescriptor."),
                inParcelable("List of List", "List<List<String>> values;")
                        .expect(DiagnosticCode.UNSUPPORTED_LIST_ELEMENT, 3, "List<List> is not supported."),
                inParcelable("List of FileDescriptor", "List<FileDescriptor> values;")
                        .expect(DiagnosticCode.UNSUPPORTED_LIST_ELEMENT, 3, "List<FileDescriptor> is not supported."),
                inInterface("List with two type arguments", "void f(in List<String, String> a);")
                        .expect(DiagnosticCode.LIST_ARGUMENT_COUNT, 3,
                                "List can only have one type parameter, but got: 'List<String,String>'"),
                inInterface("Map with one type argument", "void f(in Map<String> a);")
                        .expect(DiagnosticCode.MAP_ARGUMENT_COUNT, 3,
                                "Map must have 0 or 2 type parameters, but got 'Map<String>'"),
                inInterface("Map keyed by a parcelable", "Map<p.Bar, p.Bar> foo();")
                        .with("p/Bar.aidl", BAR)
                        .expect(DiagnosticCode.MAP_KEY_NOT_STRING, 3,
                                "The type of key in map must be String, but it is 'p.Bar'"),
                inInterface("generic parcelable with too many arguments", "p.Box<String, String> f();")
                        .with("p/Box.aidl", BOX)
                        .expect(DiagnosticCode.GENERIC_ARGUMENT_COUNT, 3,
                                "p.Box must have 1 type parameters, but got 2"),
                inInterface("type arguments on String", "String<String> foo();")
                        .expect(DiagnosticCode.NOT_GENERIC, 3, "String is not a generic type."),
                inInterface("type arguments on a plain parcelable", "p.Bar<String> foo();")
                        .with("p/Bar.aidl", BAR)
                        .expect(DiagnosticCode.NOT_GENERIC, 3, "p.Bar is not a generic type."),
                inParcelable("two sets of type arguments", "List<String><String> a;")
                        .expect(DiagnosticCode.REPEATED_TYPE_ARGUMENTS, 3,
                                "Can only specify one set of type parameters."),
                inParcelable("two dynamic dimensions", "int[][] grid;")
                        .expect(DiagnosticCode.DYNAMIC_MULTI_DIMENSIONAL_ARRAY, 3,
                                "Multi-dimensional arrays must be fixed size."),
                inParcelable("fixed then dynamic dimension", "int[2][] grid;")
                        .expect(DiagnosticCode.DYNAMIC_MULTI_DIMENSIONAL_ARRAY, 3,
                                "Multi-dimensional arrays must be fixed size."),
                inParcelable("dynamic then fixed dimension", "int[][2] grid;")
                        .expect(DiagnosticCode.DYNAMIC_MULTI_DIMENSIONAL_ARRAY, 3,
                                "Multi-dimensional arrays must be fixed size."),
                inParcelable("array of List", "List<String>[] lists;")
                        .expect(DiagnosticCode.UNSUPPORTED_ARRAY, 3, "Arrays of List are not supported."),
                inParcelable("array of CharSequence", "CharSequence[] texts;")
                        .expect(DiagnosticCode.UNSUPPORTED_ARRAY, 3, "Arrays of CharSequence are not supported."),
                inParcelable("negative array size", "int[-1] values;")
                        .expect(DiagnosticCode.INVALID_ARRAY_SIZE, 3, "Array size must be a positive number: -1"),
                inParcelable("array size that is a long", "int[2L] values;")
                        .expect(DiagnosticCode.INVALID_ARRAY_SIZE, 3, "Array size must be a positive number: 2L"),
                inParcelable("annotation between type and []", "int @nullable [] values;")
                        .expect(DiagnosticCode.ANNOTATED_ARRAY, 3, "Annotations for arrays are not supported."),
                inParcelable("annotation on a type argument", "List<@nullable String> values;")
                        .expect(DiagnosticCode.ANNOTATED_TYPE_ARGUMENT, 3,
                                "Annotations for type arguments are not supported."),
                inParcelable("untyped List field", "int x;", "List values;")
                        .expect(DiagnosticCode.UNTYPED_COLLECTION, 4, "Encountered an untyped List or Map."),
                inParcelable("untyped Map as a type argument", "p.Box<Map> box;")
                        .with("p/Box.aidl", BOX)
                        .expect(DiagnosticCode.UNTYPED_COLLECTION, 3, "Encountered an untyped List or Map."),
                inInterface("untyped List in a structured interface", "void f(in List l);")
                        .flags("--structured")
                        .expect(DiagnosticCode.UNTYPED_COLLECTION, 3, "Encountered an untyped List or Map."),
                inParcelable("@nullable primitive", "@nullable int count;")
                        .expect(DiagnosticCode.NULLABLE_PRIMITIVE, 3, "Primitive type cannot get nullable annotation"),
                inParcelable("@nullable enum", "@nullable p.E e;")
                        .with("p/E.aidl", ENUM)
                        .expect(DiagnosticCode.NULLABLE_ENUM, 3, "Enum type cannot get nullable annotation"),
                inParcelable("@nullable ParcelableHolder", "@nullable ParcelableHolder ext;")
                        .expect(DiagnosticCode.NULLABLE_PARCELABLE_HOLDER, 3, "ParcelableHolder cannot be nullable."),
                inParcelable("heap nullable String", "@nullable(heap=true) String s;")
                        .expect(DiagnosticCode.MISPLACED_HEAP_NULLABLE, 3,
                                "@nullable(heap=true) is available to parcelables."),
                inParcelable("heap nullable array of parcelables", "@nullable(heap=true) p.Bar[] bars;")
                        .with("p/Bar.aidl", BAR)
                        .expect(DiagnosticCode.MISPLACED_HEAP_NULLABLE, 3,
                                "@nullable(heap=true) is available to parcelables."),
                inParcelable("@utf8InCpp int", "@utf8InCpp int x;")
                        .expect(DiagnosticCode.MISPLACED_UTF8_IN_CPP, 3,
                                "@utf8InCpp can only be used on String, String[], and List<String>."),
                inInterface("nullable void", "@nullable void f();")
                        .expect(DiagnosticCode.INVALID_VOID_TYPE, 3,
                                "void type cannot be an array or nullable or utf8 string"),
                inParcelable("void field", "void v;")
                        .expect(DiagnosticCode.VOID_FIELD, 3,
                                "Declaration v is void, but declarations cannot be of void type."),
                inInterface("interface array below SDK 33", "void f(in IFoo[] all);")
                        .flags("--min_sdk_version", "32")
                        .expect(DiagnosticCode.MIN_SDK_TOO_LOW, 3, "Array of interfaces is available since SDK = 33 "
                                + "in Java. Current min_sdk_version is 32."),
                inInterface("List of interfaces below SDK 33", "void f(in List<IFoo> all);")
                        .flags("--min_sdk_version=S")
                        .expect(DiagnosticCode.MIN_SDK_TOO_LOW, 3, "List of interfaces is available since SDK = 33 in "
                                + "Java. Current min_sdk_version is 31."),
                inParcelable("ParcelableHolder below SDK 31", "ParcelableHolder ext;")
                        .flags("--min_sdk_version", "30")
                        .expect(DiagnosticCode.MIN_SDK_TOO_LOW, 3,
                                " ParcelableHolder is available since SDK = 31. Current min_sdk_version is 30."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejected(Rejection rejection, @TempDir Path root) {
        rejection.verify(root);
    }
}
