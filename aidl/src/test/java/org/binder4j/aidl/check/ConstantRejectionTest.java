package org.binder4j.aidl.check;

import static org.binder4j.aidl.check.Rejection.inParcelable;
import static org.binder4j.aidl.check.Rejection.of;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Constant expressions, values and defaults (reference §1.6 and §4.2, "Constants and defaults"). */
class ConstantRejectionTest {
    private static final String ENUM = "package p;\nenum E { A = 1, B = 2 }";

    static Stream<Rejection> cases() {
        return Stream.of(
                inParcelable("boolean constant", "const boolean B = true;")
                        .expect(DiagnosticCode.UNSUPPORTED_CONSTANT_TYPE, 3, "Constant of type boolean is not supported."),
                inParcelable("array constant", "const int[] A = {1};")
                        .expect(DiagnosticCode.UNSUPPORTED_CONSTANT_TYPE, 3, "Constant of type int[] is not supported."),
                inParcelable("constant named with a Java keyword", "const int static = 1;")
                        .expect(DiagnosticCode.JAVA_KEYWORD_NAME, 3, "Constant name 'static' is a Java keyword"),
                inParcelable("byte out of range", "const byte B = 256;")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for an int32 literal: byte (256)"),
                inParcelable("int out of range", "const int I = 2147483650;")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for an int64 literal: int (2147483650)"),
                inParcelable("int below range", "const int I = -2147483650;")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for an int64 literal: int (-2147483650)"),
                inParcelable("decimal literal beyond 64 bits", "const long L = 21474836509999999999999999;")
                        .expect(DiagnosticCode.INVALID_INTEGER_LITERAL, 3,
                                "Could not parse integer: 21474836509999999999999999"),
                inParcelable("hex literal beyond 64 bits", "const int H = 0xffffffffffffffffff;")
                        .expect(DiagnosticCode.INVALID_INTEGER_LITERAL, 3,
                                "Could not parse hexvalue: 0xffffffffffffffffff"),
                inParcelable("u8 literal beyond 255", "const byte B = 300u8;")
                        .expect(DiagnosticCode.INVALID_INTEGER_LITERAL, 3, "Could not parse integer: 300u8"),
                inParcelable("stray digit separator", "const int I = 1__000;")
                        .expect(DiagnosticCode.INVALID_INTEGER_LITERAL, 3, "Could not parse integer: 1__000"),
                inParcelable("shift by the width", "const int I = 1 << 32;")
                        .expect(DiagnosticCode.CONSTANT_OVERFLOW, 3, "Constant expression computation overflows."),
                inParcelable("division by zero", "const int I = 1 / 0;")
                        .expect(DiagnosticCode.CONSTANT_OVERFLOW, 3, "Constant expression computation overflows."),
                inParcelable("shift of a negative value", "const int I = -8 >> 1;")
                        .expect(DiagnosticCode.CONSTANT_OVERFLOW, 3, "Constant expression computation overflows."),
                inParcelable("int32 addition overflow", "const long L = 2147483647 + 1;")
                        .expect(DiagnosticCode.CONSTANT_OVERFLOW, 3, "Constant expression computation overflows."),
                inParcelable("string subtraction", "const String S = \"a\" - \"b\";")
                        .expect(DiagnosticCode.INVALID_STRING_OPERATOR, 3,
                                "Only '+' is supported for strings, not '-'."),
                inParcelable("string plus int", "const String S = \"a\" + 1;")
                        .expect(DiagnosticCode.INCOMPATIBLE_OPERANDS, 3,
                                "Cannot perform operation '+' on an int8 literal and a literal string."),
                inParcelable("float arithmetic", "const float F = 1.5f + 1.5f;")
                        .expect(DiagnosticCode.INCOMPATIBLE_OPERANDS, 3,
                                "Cannot perform operation '+' on a literal float and a literal float."),
                inParcelable("negated string", "const String S = -\"a\";")
                        .expect(DiagnosticCode.INCOMPATIBLE_UNARY_OPERAND, 3,
                                "'-' is not compatible with a literal string: -\"a\""),
                inParcelable("bitwise negation of a boolean", "boolean b = ~true;")
                        .expect(DiagnosticCode.BOOLEAN_BITWISE_NEGATION, 3,
                                "Bitwise negation of a boolean expression is always true."),
                inParcelable("backslash in a string", "const String S = \"a\\nb\";")
                        .expect(DiagnosticCode.INVALID_STRING_LITERAL, 3,
                                "Found invalid character '\\' at index 1 in string constant '\"a\\nb\"'"),
                inParcelable("tab character literal", "char c = '\t';")
                        .expect(DiagnosticCode.INVALID_CHAR_LITERAL, 3, "Invalid character literal \\t"),
                inParcelable("string for an int", "int x = \"str\";")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for a literal string: int (\"str\")"),
                inParcelable("integer for a float", "float f = 1;")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for an int8 literal: float (1)"),
                inParcelable("float for a long", "long l = 1.5;")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for a literal float: long (1.5)"),
                inParcelable("float without its suffix", "float f = 1.5;")
                        .expect(DiagnosticCode.INVALID_FLOAT_LITERAL, 3, "Could not parse 1.5"),
                inParcelable("string for a char", "char c = \"c\";")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for a literal string: char (\"c\")"),
                inParcelable("char for a String", "String s = 'c';")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for a literal char: String ('c')"),
                inParcelable("number for an enum", "p.E e = 1;")
                        .with("p/E.aidl", ENUM)
                        .expect(DiagnosticCode.INVALID_ENUM_VALUE, 3, "Invalid value (1) for enum p.E"),
                inParcelable("combined enumerators for an enum", "p.E e = p.E.A | p.E.B;")
                        .with("p/E.aidl", ENUM)
                        .expect(DiagnosticCode.INVALID_ENUM_VALUE, 3, "Invalid value (p.E.A|p.E.B) for enum p.E"),
                inParcelable("another enum's enumerator", "p.E e = p.F.X;")
                        .with("p/E.aidl", ENUM)
                        .with("p/F.aidl", "package p;\nenum F { X = 1 }")
                        .expect(DiagnosticCode.INVALID_ENUM_VALUE, 3, "Invalid value (p.F.X) for enum p.E"),
                inParcelable("mutually circular constants", "const int A = B;", "const int B = A;")
                        .expect(DiagnosticCode.CIRCULAR_CONSTANT_REFERENCE, 3,
                                "Found a circular reference: B -> A -> B"),
                inParcelable("self-referencing constant", "const int A = A + 1;")
                        .expect(DiagnosticCode.CIRCULAR_CONSTANT_REFERENCE, 3, "Found a circular reference: A -> A"),
                of("enumerator referring to the next one", "p/Foo.aidl", "package p;\nenum Foo { A = B, B }")
                        .expect(DiagnosticCode.CIRCULAR_CONSTANT_REFERENCE, 2,
                                "Found a circular reference: B -> A -> B"),
                inParcelable("unknown constant", "int field = NOPE;")
                        .expect(DiagnosticCode.UNKNOWN_CONSTANT_REFERENCE, 3, "Can't find NOPE in Foo"),
                inParcelable("constant of an unknown type", "int field = Nope.A;")
                        .expect(DiagnosticCode.UNRESOLVED_TYPE, 3, "Failed to resolve 'Nope'"),
                inParcelable("constant of a built-in type", "int field = int.MAX;")
                        .expect(DiagnosticCode.UNRESOLVABLE_CONSTANT_REFERENCE, 3,
                                "Can't resolve the reference (int.MAX)"),
                inParcelable("default for a parcelable", "p.Bar bar = 1;")
                        .with("p/Bar.aidl", "package p;\nparcelable Bar { int x; }")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TARGET, 3, "Invalid type (p.Bar) for a const value (1)"),
                inParcelable("default for a generic type", "List<String> names = {};")
                        .expect(DiagnosticCode.GENERIC_CONSTANT_TARGET, 3,
                                "Generic type cannot be specified with a constant literal."),
                inParcelable("fixed-size array literal of the wrong length", "int[3] a = {1, 2};")
                        .expect(DiagnosticCode.ARRAY_SIZE_MISMATCH, 3,
                                "Expected an array of 3 elements, but found one with 2 elements"),
                inParcelable("array literal mixing kinds", "int[] a = {1, \"a\"};")
                        .expect(DiagnosticCode.INCOMPATIBLE_ARRAY_ELEMENTS, 3, "Incompatible array element type: a "
                                + "literal string. Expecting type compatible with an int8 literal"),
                inParcelable("scalar for an array", "int[] a = 1;")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for an int8 literal: int[] (1)"),
                inParcelable("array for a scalar", "int a = {1};")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for a literal array: int ({1})"),
                inParcelable("array element out of range", "byte[] a = {1, 200};")
                        .expect(DiagnosticCode.INVALID_CONSTANT_TYPE, 3,
                                "Invalid type specifier for an int32 literal: byte (200)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejected(Rejection rejection, @TempDir Path root) {
        rejection.verify(root);
    }
}
