package org.binder4j.aidl.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.binder4j.aidl.AidlFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What AOSP accepts (reference §1.4-§1.8 and AOSP's positive unit tests) must compile. */
class AcceptanceTest {
    /** Source files, the one to compile first, and extra flags. */
    record Accepted(String name, Map<String, String> files, List<String> flags) {
        static Accepted of(String name, String path, String source, String... flags) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put(path, source);
            return new Accepted(name, files, List.of(flags));
        }

        Accepted with(String path, String source) {
            files.put(path, source);
            return this;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Accepted inInterface(String name, String... members) {
        return Accepted.of(name, "p/IFoo.aidl",
                "package p;\ninterface IFoo {\n    " + String.join("\n    ", members) + "\n}");
    }

    private static Accepted inParcelable(String name, String... members) {
        return Accepted.of(name, "p/Foo.aidl",
                "package p;\nparcelable Foo {\n    " + String.join("\n    ", members) + "\n}");
    }

    static Stream<Accepted> cases() {
        return Stream.of(
                inInterface("an interface naming itself", "void link(IFoo other);", "IFoo[] all();"),
                inParcelable("recursion through an array, a List or a heap-nullable field", "Foo[] children;",
                        "List<Foo> forwarded;", "@nullable(heap=true) Foo parent;"),
                inParcelable("boolean from an integer", "boolean b = 1;"),
                Accepted.of("forward-declared interface", "p/IFoo.aidl", "package p;\ninterface IFoo;"),
                inParcelable("cpp_header as an identifier", "int cpp_header;"),
                inParcelable("Map values of any non-primitive kind", "Map<String, int[]> a;",
                        "Map<String, List<String>> b;", "Map<String, IBinder> c;"),
                inInterface("primitive arguments to a hand-written generic", "p.Pair<int, String> get();")
                        .with("p/Pair.aidl", "package p;\nparcelable Pair<A, B>;"),
                inInterface("nested type arguments closing with >>",
                        "p.Baz<p.Bar<p.Bar<String[]>>[], p.Bar<String>> get();")
                        .with("p/Bar.aidl", "package p;\nparcelable Bar<T>;")
                        .with("p/Baz.aidl", "package p;\nparcelable Baz<A, B>;"),
                Accepted.of("a trailing // comment without newline", "p/IFoo.aidl",
                        "package p;\ninterface IFoo { } // the end"),
                inInterface("constants between methods and explicit in", "void a(in int type);",
                        "const int FLAG = 1 << 3;", "void b(in @nullable String s);"),
                inInterface("oneway in a oneway interface is accepted", "void a();")
                        .with("p/IOne.aidl", "package p;\noneway interface IOne {\n    oneway void a();\n}"),
                inInterface("annotations written after const", "const @JavaPassthrough(annotation=\"@A\") int X = 0;"),
                Accepted.of("repeatable passthrough and Android-only annotations", "p/IFoo.aidl", """
                        package p;
                        @JavaPassthrough(annotation="@A")
                        @JavaPassthrough(annotation="@B")
                        @SensitiveData @JavaDefault @JavaDelegator
                        @EnforcePermission("android.permission.CUSTOM")
                        interface IFoo {
                            @EnforcePermission(allOf={"A", "B"}) @UnsupportedAppUsage(trackingBug=1L)
                            @PropagateAllowBlocking IBinder f();
                            @JavaSuppressLint({"NewApi"}) @SuppressWarnings(value={"out-array"}) void g();
                        }"""),
                Accepted.of("@JavaOnlyImmutable with immutable collections", "p/Foo.aidl", """
                        package p;
                        @JavaOnlyImmutable
                        parcelable Foo {
                            int a;
                            p.Bar b;
                            List<p.Bar> c;
                            Map<String, p.Baz> d;
                            p.Bar[] e;
                            p.E f;
                        }""")
                        .with("p/Bar.aidl", "package p;\n@JavaOnlyImmutable parcelable Bar { String a; }")
                        .with("p/Baz.aidl", "package p;\n@JavaOnlyImmutable @JavaOnlyStableParcelable parcelable Baz;")
                        .with("p/E.aidl", "package p;\nenum E { A }"),
                Accepted.of("@FixedSize nesting fixed-size types", "p/Foo.aidl", """
                        package p;
                        @FixedSize
                        parcelable Foo {
                            int a;
                            long[2][3] grid;
                            p.E e;
                            Cell cell;
                            @FixedSize union Cell { int i = 0; double d; }
                        }""")
                        .with("p/E.aidl", "package p;\nenum E { A }"),
                Accepted.of("unions with useful first members", "p/U.aidl", """
                        package p;
                        union U {
                            @nullable int[] values;
                            p.E e = p.E.A;
                        }""")
                        .with("p/E.aidl", "package p;\nenum E { A }"),
                Accepted.of("deep nesting with a dotted default", "p/A.aidl", """
                        package p;
                        parcelable A {
                            parcelable B {
                                parcelable C {
                                    parcelable D {
                                        enum E { OK }
                                    }
                                }
                            }
                            B.C.D.E e = B.C.D.E.OK;
                        }"""),
                inParcelable("nullable arrays of primitives and fixed sizes from constants", "const int N = 2;",
                        "@nullable int[] a;", "int[N + 1] b;", "@utf8InCpp String[] c;", "@utf8InCpp List<String> d;"),
                Accepted.of("hand-written parcelables may share a file", "p/Decls.aidl",
                        "package p;\nparcelable One;\nparcelable Two<T>;\nparcelable Three cpp_header \"t.h\";"),
                Accepted.of("VINTF types with their flags", "p/Foo.aidl",
                        "package p;\n@VintfStability\nparcelable Foo {\n    union Inner { int i; }\n}",
                        "--structured", "--stability", "vintf"),
                Accepted.of("stable hand-written parcelable under --structured", "p/IFoo.aidl",
                        "package p;\ninterface IFoo {\n    void f(in p.Blob b);\n}", "--structured")
                        .with("p/Blob.aidl", "package p;\n@JavaOnlyStableParcelable parcelable Blob;"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isAccepted(Accepted accepted, @TempDir Path root) {
        AidlFixture fixture = new AidlFixture(root);
        accepted.files().forEach(fixture::file);
        for (String path : accepted.files().keySet()) {
            fixture.accept(path, accepted.flags().toArray(String[]::new));
        }
    }
}
