package org.binder4j.aidl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.binder4j.aidl.AidlFixture;
import org.binder4j.aidl.diag.Diagnostic;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.model.DeclaredType;
import org.binder4j.aidl.model.InterfaceDeclaration;
import org.binder4j.aidl.model.Method;
import org.binder4j.aidl.model.TypeRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import loading and name resolution (reference §1.3). */
class ResolutionTest {
    @TempDir
    Path root;

    private AidlFixture fixture() {
        return new AidlFixture(root);
    }

    private static List<TypeRef> returnTypes(AidlModel model) {
        return ((InterfaceDeclaration) model.types().getFirst()).methods().stream().map(Method::returnType).toList();
    }

    private static String named(TypeRef type) {
        return type.name().qualifiedName();
    }

    @Test
    void importsAndFullyQualifiedNamesFindTypesOnTheIncludePath() {
        AidlModel model = fixture()
                .file("q/Point.aidl", "package q;\nparcelable Point { int x; }")
                .file("q/Shade.aidl", "package q;\n@Backing(type=\"int\")\nenum Shade { DARK }")
                .file("p/IFoo.aidl", "package p;\nimport q.Point;\ninterface IFoo {\n    Point a();\n"
                        + "    q.Shade b();\n}")
                .accept("p/IFoo.aidl");
        assertEquals(List.of("q.Point", "q.Shade"), returnTypes(model).stream().map(ResolutionTest::named).toList());
        DeclaredType shade = returnTypes(model).get(1).declared().orElseThrow();
        assertEquals(Optional.of(BuiltinType.INT), shade.enumBacking(), "a use site sees an enum's backing type");
        assertEquals(DeclarationKind.ENUM, model.declaration(shade).kind(), "imported declarations are in the model");
        assertEquals(List.of("q.Point"), model.imports());
    }

    @Test
    void typesOfTheSamePackageAreVisibleOnlyWhenImportedOrQualified() {
        AidlFixture fixture = fixture().file("p/Bar.aidl", "package p;\nparcelable Bar { int x; }");
        fixture.file("p/IFoo.aidl", "package p;\ninterface IFoo {\n    Bar get();\n}");
        Diagnostic error = fixture.reject("p/IFoo.aidl");
        AidlFixture.assertDiagnostic(error, DiagnosticCode.UNRESOLVED_TYPE, 3, "Failed to resolve 'Bar'");
        fixture.file("p/IFoo.aidl", "package p;\ninterface IFoo {\n    p.Bar get();\n}").accept("p/IFoo.aidl");
        fixture.file("p/IFoo.aidl", "package p;\nimport p.Bar;\ninterface IFoo {\n    Bar get();\n}")
                .accept("p/IFoo.aidl");
    }

    @Test
    void cyclicImportsAreFine() {
        AidlFixture fixture = fixture()
                .file("p/IA.aidl", "package p;\nimport p.IB;\ninterface IA {\n    void take(IB b);\n}")
                .file("p/IB.aidl", "package p;\nimport p.IA;\ninterface IB {\n    IA give();\n}");
        AidlModel model = fixture.accept("p/IA.aidl");
        assertTrue(model.declaration("p.IB").isPresent());
        fixture.accept("p/IB.aidl");
    }

    @Test
    void nestedTypesResolveInnermostFirstAndByDottedPath() {
        AidlModel model = fixture()
                .file("q/Status.aidl", "package q;\nenum Status { OTHER }")
                .file("p/IFoo.aidl", """
                        package p;
                        import q.Status;
                        interface IFoo {
                            enum Status { ACTIVE }
                            parcelable Record {
                                parcelable Note { String text; }
                                Note note;
                                Status status = Status.ACTIVE;
                            }
                            Status status();
                            IFoo.Record.Note note();
                            Record.Note[] notes();
                        }""")
                .accept("p/IFoo.aidl");
        assertEquals(List.of("p.IFoo.Status", "p.IFoo.Record.Note", "p.IFoo.Record.Note"),
                returnTypes(model).stream().map(ResolutionTest::named).toList());
    }

    @Test
    void anImportOfOuterReachesItsHandWrittenNestedClasses() {
        AidlModel model = fixture()
                .file("q/Container.aidl", "package q;\nparcelable Container.Entry;\nparcelable Container.Meta;")
                .file("p/IFoo.aidl", "package p;\nimport q.Container;\ninterface IFoo {\n"
                        + "    Container.Entry first(in Container.Meta meta);\n}")
                .accept("p/IFoo.aidl");
        assertEquals("q.Container.Entry", named(returnTypes(model).getFirst()));
        assertEquals(DeclarationKind.UNSTRUCTURED_PARCELABLE, model.declaration("q.Container.Meta").orElseThrow().kind());
    }

    @Test
    void aUnionsTagIsAType() {
        AidlModel model = fixture()
                .file("p/U.aidl", "package p;\nunion U {\n    int a;\n    String b;\n}")
                .file("p/IFoo.aidl", "package p;\nimport p.U;\ninterface IFoo {\n    U.Tag[] tags();\n}")
                .accept("p/IFoo.aidl");
        TypeRef tags = returnTypes(model).getFirst();
        assertEquals(new DeclaredType("p.U.Tag", DeclarationKind.ENUM, Optional.of(BuiltinType.INT)),
                tags.declared().orElseThrow());
    }

    @Test
    void builtInAndFrameworkImportsAreIgnored() {
        fixture().file("p/IFoo.aidl", "package p;\nimport java.util.List;\nimport android.os.IBinder;\n"
                        + "import android.os.Parcelable;\ninterface IFoo {\n    java.util.List<IBinder> all();\n}")
                .accept("p/IFoo.aidl");
    }

    @Test
    void filesWithoutPackageSitAtAnIncludeRoot() {
        AidlModel model = fixture()
                .file("Point.aidl", "parcelable Point { int x; }")
                .file("IRoot.aidl", "interface IRoot {\n    Point where();\n}")
                .accept("IRoot.aidl");
        assertEquals(Optional.empty(), model.packageName());
        assertEquals("IRoot", ((InterfaceDeclaration) model.types().getFirst()).descriptor());
        assertEquals("Point", named(returnTypes(model).getFirst()));
    }

    @Test
    void includeDirectoriesMayBeGivenInEveryForm() {
        fixture().file("inc/q/Point.aidl", "package q;\nparcelable Point { int x; }")
                .file("p/IFoo.aidl", "package p;\nimport q.Point;\ninterface IFoo {\n    Point a();\n}");
        AidlFixture fixture = fixture();
        fixture.accept("p/IFoo.aidl", "-I", root.resolve("inc").toString());
        fixture.accept("p/IFoo.aidl", "--include=" + root.resolve("inc"));
        fixture.accept("p/IFoo.aidl", "-I" + root.resolve("inc"), "-I" + root.resolve("inc"));
    }

    @Test
    void errorsInAReachedFileAreReportedWhereTheyAre() {
        AidlFixture fixture = fixture()
                .file("p/Bar.aidl", "package p;\nparcelable Bar {\n    Nope n;\n}")
                .file("p/IFoo.aidl", "package p;\nimport p.Bar;\ninterface IFoo {\n    Bar get();\n}");
        Diagnostic error = fixture.reject("p/IFoo.aidl");
        AidlFixture.assertDiagnostic(error, DiagnosticCode.UNRESOLVED_TYPE, 3, "Failed to resolve 'Nope'");
        assertTrue(error.location().file().endsWith("p/Bar.aidl"), error::toString);
    }

    @Test
    void aFileNotFoundIsReportedWithoutAPosition() {
        Diagnostic error = fixture().reject("p/Missing.aidl");
        assertEquals(DiagnosticCode.FILE_UNREADABLE, error.code());
        assertEquals(root.resolve("p/Missing.aidl") + ": Error while opening file for parsing: no such file",
                error.format().substring("ERROR: ".length()));
    }
}
