package org.binder4j.aidl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.binder4j.aidl.AidlFixture;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.Argument;
import org.binder4j.aidl.model.ArrayKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.Direction;
import org.binder4j.aidl.model.EnumDeclaration;
import org.binder4j.aidl.model.InterfaceDeclaration;
import org.binder4j.aidl.model.Method;
import org.binder4j.aidl.model.ParcelableDeclaration;
import org.binder4j.aidl.model.PermissionExpression;
import org.binder4j.aidl.model.TransactionIds;
import org.binder4j.aidl.model.TypeRef;
import org.binder4j.aidl.model.UnionDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the model gives a code generator. */
class ModelTest {
    @TempDir
    Path root;

    @Test
    void interfacesCarryIdsDescriptorsAndMetaTransactions() {
        AidlModel model = new AidlFixture(root).file("p/IFoo.aidl", """
                package p;
                @Descriptor(value="legacy.IFoo")
                interface IFoo {
                    void a(in int[] values, out String[] names, inout List<String> list, IBinder binder);
                    oneway void b();
                }""").accept("p/IFoo.aidl", "--version", "2", "--hash", "h");
        InterfaceDeclaration anInterface = (InterfaceDeclaration) model.types().getFirst();
        assertEquals("legacy.IFoo", anInterface.descriptor());
        assertEquals(OptionalInt.of(2), anInterface.version());
        assertEquals(Optional.of("h"), anInterface.hash());
        assertEquals(List.of(1, 2), anInterface.methods().stream().map(Method::transactionCode).toList());
        assertEquals(List.of(false, true), anInterface.methods().stream().map(Method::oneway).toList());
        List<Argument> arguments = anInterface.methods().getFirst().arguments();
        assertEquals(List.of(Direction.IN, Direction.OUT, Direction.INOUT, Direction.IN),
                arguments.stream().map(Argument::direction).toList());
        assertFalse(arguments.getLast().directionWritten(), "IBinder's direction was left implicit");
        assertEquals(16777214, TransactionIds.GET_INTERFACE_VERSION_ID);
        assertEquals(16777213, TransactionIds.GET_INTERFACE_HASH_ID);
        assertEquals(0x00ffffff, TransactionIds.FIRST_CALL_TRANSACTION + TransactionIds.GET_INTERFACE_VERSION_ID);
    }

    @Test
    void typesKnowTheirShape() {
        ParcelableDeclaration parcelable = (ParcelableDeclaration) new AidlFixture(root)
                .file("p/Foo.aidl", """
                        package p;
                        parcelable Foo {
                            int[2][3] grid;
                            @nullable @utf8InCpp String name;
                            Map<String, Foo[]> children;
                        }""")
                .acceptType("p/Foo.aidl");
        TypeRef grid = parcelable.fields().get(0).type();
        assertEquals(ArrayKind.FIXED, grid.arrayKind());
        assertEquals("int[2][3]", grid.signature());
        assertEquals("int[3]", grid.elementType().signature());
        assertEquals("int", grid.elementType().elementType().signature());
        assertTrue(grid.elementType().elementType().is(BuiltinType.INT));
        TypeRef name = parcelable.fields().get(1).type();
        assertTrue(name.isNullable() && name.annotations().isUtf8InCpp());
        TypeRef children = parcelable.fields().get(2).type();
        assertEquals("Map<String,p.Foo[]>", children.signature());
        assertThrows(IllegalStateException.class, name::elementType);
    }

    @Test
    void nestedTypesInheritVintfStabilityAndUnionsEndWithTheirTag() {
        AidlModel model = new AidlFixture(root).file("p/Foo.aidl", """
                package p;
                @VintfStability
                parcelable Foo {
                    union Choice { int a; long b; }
                }""").accept("p/Foo.aidl", "--structured", "--stability", "vintf");
        ParcelableDeclaration foo = (ParcelableDeclaration) model.types().getFirst();
        UnionDeclaration choice = (UnionDeclaration) foo.nestedTypes().getFirst();
        assertTrue(choice.header().vintfStability());
        EnumDeclaration tag = choice.tag();
        assertTrue(tag.synthetic());
        assertEquals("p.Foo.Choice.Tag", tag.canonicalName());
        assertEquals(tag, choice.nestedTypes().getLast());
        assertEquals(tag, model.declaration("p.Foo.Choice.Tag").orElseThrow());
    }

    @Test
    void permissionAnnotationsBecomeExpressions() {
        InterfaceDeclaration anInterface = (InterfaceDeclaration) new AidlFixture(root).file("p/IFoo.aidl", """
                package p;
                interface IFoo {
                    @EnforcePermission("CAMERA") void a();
                    @EnforcePermission(anyOf={"A", "B"}) void b();
                    @EnforcePermission(allOf={"C"}) void c();
                    @RequiresNoPermission void d();
                }""").acceptType("p/IFoo.aidl");
        assertEquals(List.of(Optional.of(new PermissionExpression.Single("CAMERA")),
                Optional.of(new PermissionExpression.AnyOf(List.of("A", "B"))),
                Optional.of(new PermissionExpression.AllOf(List.of("C"))), Optional.empty()),
                anInterface.methods().stream().map(m -> m.annotations().enforcePermission()).toList());
    }
}
