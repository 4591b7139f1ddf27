package org.binder4j.aidl.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstConstant;
import org.binder4j.aidl.ast.AstDocument;
import org.binder4j.aidl.ast.AstEnum;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstField;
import org.binder4j.aidl.ast.AstInterface;
import org.binder4j.aidl.ast.AstMethod;
import org.binder4j.aidl.ast.AstParcelable;
import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.ast.AstUnion;
import org.binder4j.aidl.ast.AstUnstructuredParcelable;
import org.binder4j.aidl.diag.Diagnostic;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.ArrayKind;
import org.binder4j.aidl.model.Direction;
import org.binder4j.aidl.source.SourceLocation;
import org.junit.jupiter.api.Test;

class ParserTest {
    private static AstDocument parse(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<AstDocument> document = Parser.parse("p/F.aidl", text, diagnostics);
        assertTrue(document.isPresent(), () -> "should parse, got " + diagnostics.list());
        return document.get();
    }

    private static List<Diagnostic> errors(String text) {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(Parser.parse("p/F.aidl", text, diagnostics).isEmpty(), "should not parse");
        return diagnostics.list();
    }

    private static String span(SourceLocation l) {
        return l.beginLine() + "." + l.beginColumn() + "-" + l.endColumn();
    }

    @Test
    void locationsFollowAosp() {
        AstDocument document = parse("package a; interface IFoo { @nullable int f(in String s) = 3; }");
        AstInterface anInterface = (AstInterface) document.declarations().getFirst();
        assertEquals("1.11-21", span(anInterface.location()), "an interface is located at its keyword");
        AstMethod method = anInterface.methods().getFirst();
        assertEquals("1.42-44", span(method.location()), "a method at its name");
        assertEquals("1.38-42", span(method.returnType().location()), "a type at its name, after its annotations");
        assertEquals("1.28-38", span(method.returnType().annotations().getFirst().location()));
        assertEquals("1.54-56", span(method.arguments().getFirst().location()), "an argument at its name");
        assertEquals(OptionalInt.of(3), method.explicitId());
        assertEquals(Optional.of(Direction.IN), method.arguments().getFirst().direction());
    }

    @Test
    void parcelablesUnionsAndEnumsAreLocatedAtTheirName() {
        AstDocument document = parse("""
                package a;
                parcelable Foo {
                    const int X = 1;
                    int[] values = {1, 2};
                }""");
        AstParcelable parcelable = (AstParcelable) document.declarations().getFirst();
        assertEquals("2.11-15", span(parcelable.location()));
        assertEquals("3.14-16", span(parcelable.constants().getFirst().location()));
        AstField field = parcelable.fields().getFirst();
        assertEquals("4.10-17", span(field.location()));
        assertEquals(ArrayKind.DYNAMIC, field.type().arrayKind());
    }

    @Test
    void expressionsFollowCPrecedenceAndAospText() {
        AstConstant constant = parse("parcelable P { const int X = -1 + 2 * (3 << 1) | 4 & ~5; }")
                .declarations().getFirst().constants().getFirst();
        AstExpr.Binary or = assertInstanceOf(AstExpr.Binary.class, constant.value());
        assertEquals(AstExpr.BinaryOperator.OR, or.operator());
        assertEquals("-1+2*3<<1|4&~5", or.text(), "no blanks and no parentheses, as AOSP prints expressions");
        AstExpr.Binary sum = assertInstanceOf(AstExpr.Binary.class, or.left());
        assertInstanceOf(AstExpr.Unary.class, sum.left());
        AstExpr.Binary product = assertInstanceOf(AstExpr.Binary.class, sum.right());
        assertEquals(AstExpr.BinaryOperator.SHIFT_LEFT, ((AstExpr.Binary) product.right()).operator());
        assertEquals("1.29-31", span(sum.left().location()), "a unary expression is located at its operator");
        assertEquals("1.29-32", span(sum.location()), "a binary one spans its left operand");
        AstExpr grouped = parse("parcelable P { const int Y = (1 + 2) * 3; }").declarations().getFirst()
                .constants().getFirst().value();
        assertEquals("1.29-37", span(grouped.location()), "parentheses are part of the left operand's span");
        assertEquals("1+2*3", grouped.text());
    }

    @Test
    void integerLiteralsAreTypedByMagnitudeAndSuffix() {
        List<AstConstant> constants = parse("""
                parcelable P {
                    const int A = 127;
                    const int B = 128;
                    const long C = 2147483648;
                    const long D = 1L;
                    const int E = 0xffffffff;
                    const long F = 0x100000000;
                    const byte G = 0xffu8;
                    const int H = 4294967295u32;
                    const long I = 1_000_000;
                }""").declarations().getFirst().constants();
        List<String> typed = constants.stream().map(c -> (AstExpr.IntegerLiteral) c.value())
                .map(l -> l.value() + ":" + l.width()).toList();
        assertEquals(List.of("127:INT8", "128:INT32", "2147483648:INT64", "1:INT64", "-1:INT32",
                "4294967296:INT64", "-1:INT8", "-1:INT32", "1000000:INT32"), typed);
    }

    @Test
    void annotationsTakeAShorthandValueOrNamedParameters() {
        AstInterface anInterface = (AstInterface) parse("""
                @Descriptor("x.IOld") @JavaPassthrough(annotation="@A") @JavaPassthrough(annotation="@B")
                interface IFoo {
                    @EnforcePermission(anyOf={"A", "B",}) void f();
                }""").declarations().getFirst();
        List<AstAnnotation> annotations = anInterface.annotations();
        assertEquals(List.of(AnnotationKind.DESCRIPTOR, AnnotationKind.JAVA_PASSTHROUGH,
                AnnotationKind.JAVA_PASSTHROUGH), annotations.stream().map(AstAnnotation::kind).toList());
        assertEquals("value", annotations.getFirst().parameters().getFirst().name());
        assertEquals("1.1-22", span(annotations.getFirst().location()), "from '@' to ')'");
        AstAnnotation permission = anInterface.methods().getFirst().returnType().annotations().getFirst();
        AstExpr.ArrayLiteral anyOf = (AstExpr.ArrayLiteral) permission.parameter("anyOf").orElseThrow().value();
        assertEquals(2, anyOf.elements().size(), "a trailing comma is allowed");
    }

    @Test
    void annotationsBeforeOnewayAndConstGoToTheType() {
        AstInterface anInterface = (AstInterface) parse("""
                interface IFoo {
                    /** returns nothing */
                    @JavaPassthrough(annotation="@A") oneway void ping();
                    const @JavaPassthrough(annotation="@B") int X = 1;
                }""").declarations().getFirst();
        AstMethod ping = anInterface.methods().getFirst();
        assertTrue(ping.oneway());
        assertEquals(1, ping.returnType().annotations().size());
        assertEquals("/** returns nothing */", ping.comments().list().getFirst().body(),
                "the comments before the first annotation belong to the method");
        assertEquals(1, anInterface.constants().getFirst().type().annotations().size());
    }

    @Test
    void enumeratorsWithoutValueAreThePreviousPlusOne() {
        AstEnum anEnum = (AstEnum) parse("enum E { A, B = 7, /** @deprecated */ C, }").declarations().getFirst();
        assertEquals(List.of("0", "7", "B+1"), anEnum.enumerators().stream().map(e -> e.value().text()).toList());
        assertFalse(anEnum.enumerators().get(2).valueWritten());
        assertEquals(anEnum.enumerators().get(2).location(), anEnum.enumerators().get(2).value().location(),
                "the implicit value is located at its enumerator");
        assertTrue(anEnum.enumerators().get(2).comments().isDeprecated());
    }

    @Test
    void everyUnionGetsATagEnumListingItsFields() {
        AstUnion union = (AstUnion) parse("@FixedSize union U { int a; long b; }").declarations().getFirst();
        AstEnum tag = (AstEnum) union.nestedTypes().getFirst();
        assertEquals("Tag", tag.name());
        assertTrue(tag.synthetic());
        assertEquals(List.of("a", "b"), tag.enumerators().stream().map(e -> e.name()).toList());
        AstExpr backing = tag.annotations().getFirst().parameter("type").orElseThrow().value();
        assertEquals("\"byte\"", backing.text(), "a @FixedSize union's tag is a byte");
    }

    @Test
    void unstructuredParcelablesTakeGenericsHeadersAndDottedNames() {
        AstDocument document = parse("""
                parcelable Box<T>;
                parcelable Outer.Inner;
                parcelable Blob cpp_header "b.h" ndk_header "n.h";""");
        AstUnstructuredParcelable box = (AstUnstructuredParcelable) document.declarations().get(0);
        assertEquals(List.of("T"), box.typeParameters());
        assertEquals("Outer.Inner", document.declarations().get(1).name());
        AstUnstructuredParcelable blob = (AstUnstructuredParcelable) document.declarations().get(2);
        assertEquals(Optional.of("b.h"), blob.cppHeader());
        assertEquals(Optional.of("n.h"), blob.ndkHeader());
    }

    @Test
    void nestedTypeArgumentsMayCloseWithShiftRight() {
        AstType type = parse("parcelable P { Map<String, List<Box<String>>> m; }")
                .declarations().getFirst().fields().getFirst().type();
        assertEquals("Map", type.name());
        AstType list = type.typeArguments().get(1);
        assertEquals("Box", list.typeArguments().getFirst().name());
    }

    @Test
    void fixedSizeArraysKeepTheirSizeExpressions() {
        AstType type = parse("parcelable P { int[N][2] grid; }").declarations().getFirst().fields().getFirst().type();
        assertEquals(ArrayKind.FIXED, type.arrayKind());
        assertEquals(List.of("N", "2"), type.dimensions().stream().map(AstExpr::text).toList());
    }

    @Test
    void commentsReachTheDeclarationTheyPrecede() {
        AstDocument document = parse("""
                /** The package comment. */
                package p;
                /**
                 * An interface.
                 * @deprecated use IBar
                 */
                @JavaDefault
                interface IFoo {
                    /** @hide */
                    void f();
                }""");
        AstInterface anInterface = (AstInterface) document.declarations().getFirst();
        assertEquals(Optional.of("use IBar"), anInterface.comments().deprecation());
        assertTrue(anInterface.methods().getFirst().comments().isHidden());
        assertEquals("/** The package comment. */", document.comments().list().getFirst().body());
    }

    @Test
    void aSyntaxErrorNamesWhatWasExpectedWhereItWasFound() {
        List<Diagnostic> errors = errors("package p;\ninterface I {\n    void first(int a)\n    void second();\n}");
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(DiagnosticCode.SYNTAX_ERROR, errors.getFirst().code());
        assertEquals("syntax error, unexpected identifier, expecting '=' or ';'", errors.getFirst().message());
        assertEquals("4.1-9", span(errors.getFirst().location()));
    }

    @Test
    void parsingGoesOnAfterABadMemberAndReportsEachError() {
        List<Diagnostic> errors = errors("""
                interface I {
                    void a(int in);
                    void b() = 0x1;
                    void c();
                    int d(
                }""");
        assertEquals(List.of(2, 3, 6), errors.stream().map(e -> e.location().beginLine()).toList(), errors::toString);
        assertTrue(errors.get(1).message().contains("unexpected hex literal, expecting int literal"));
    }

    @Test
    void anEmptyFileOrOneWithOnlyAPackageIsASyntaxError() {
        assertEquals("syntax error, unexpected end of file", errors("").getFirst().message());
        Diagnostic packageOnly = errors("package p;").getFirst();
        assertEquals("1.11-11", span(packageOnly.location()));
    }

    @Test
    void nestingIsBoundedAndReportedWhereItGoesTooDeep() {
        parse("parcelable P { const int X = " + "(".repeat(250) + "1" + ")".repeat(250) + "; }");
        List<Diagnostic> errors = errors("parcelable P {\n const int X = " + "-(".repeat(300) + "1"
                + ")".repeat(300) + "; }");
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(DiagnosticCode.NESTING_TOO_DEEP, errors.getFirst().code());
        assertEquals(2, errors.getFirst().location().beginLine());
        assertEquals("nesting deeper than 256 levels is not supported", errors.getFirst().message());
    }

    @Test
    void parseTimeChecksAreReportedTogether() {
        List<Diagnostic> errors = errors("""
                interface a.IFoo {
                    @Frobnicate void f();
                    @UnsupportedAppUsage(maxTargetSdk=1, maxTargetSdk=2) void g(in int @nullable [] x);
                    void h(in List<@nullable String> l, in int[][] m);
                    const long L = 99999999999999999999;
                    const char C = '\t';
                }""");
        assertEquals(List.of(DiagnosticCode.QUALIFIED_TYPE_NAME, DiagnosticCode.UNKNOWN_ANNOTATION,
                DiagnosticCode.DUPLICATE_ANNOTATION_PARAMETER, DiagnosticCode.ANNOTATED_ARRAY,
                DiagnosticCode.ANNOTATED_TYPE_ARGUMENT, DiagnosticCode.DYNAMIC_MULTI_DIMENSIONAL_ARRAY,
                DiagnosticCode.INVALID_INTEGER_LITERAL, DiagnosticCode.INVALID_CHAR_LITERAL),
                errors.stream().map(Diagnostic::code).toList(), errors::toString);
        assertEquals("Invalid character literal \\t", errors.getLast().message());
    }
}
