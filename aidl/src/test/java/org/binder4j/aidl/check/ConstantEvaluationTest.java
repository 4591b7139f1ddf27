package org.binder4j.aidl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binder4j.aidl.AidlFixture;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.ConstantValue;
import org.binder4j.aidl.model.ConstantValue.ArrayValue;
import org.binder4j.aidl.model.ConstantValue.EnumeratorValue;
import org.binder4j.aidl.model.ConstantValue.IntegralValue;
import org.binder4j.aidl.model.EnumDeclaration;
import org.binder4j.aidl.model.Enumerator;
import org.binder4j.aidl.model.Field;
import org.binder4j.aidl.model.ParcelableDeclaration;
import org.binder4j.aidl.model.TypeDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Constant evaluation with AOSP's typing rules, checked on the values that reach the model. */
class ConstantEvaluationTest {
    @TempDir
    Path root;

    private AidlFixture fixture() {
        return new AidlFixture(root);
    }

    private TypeDeclaration accept(String path, String source) {
        return fixture().file(path, source).acceptType(path);
    }

    /** Each constant as {@code value:type} (integral) or its Java-ish rendering. */
    private static Map<String, String> constants(TypeDeclaration declaration) {
        Map<String, String> values = new LinkedHashMap<>();
        declaration.constants().forEach(c -> values.put(c.name(), render(c.value())));
        return values;
    }

    private static String render(ConstantValue value) {
        return switch (value) {
            case IntegralValue i -> i.value() + ":" + i.type().aidlName();
            case ConstantValue.BooleanValue b -> Boolean.toString(b.value());
            case ConstantValue.StringValue s -> '"' + s.value() + '"';
            case ConstantValue.CharValue c -> "'" + c.value() + "'";
            case ConstantValue.FloatValue f -> f.value() + "f";
            case ConstantValue.DoubleValue d -> d.value() + "d";
            case EnumeratorValue e -> e.enumType() + "." + e.enumerator() + "=" + e.value();
            case ArrayValue a -> a.elements().stream().map(ConstantEvaluationTest::render).toList().toString();
        };
    }

    private static Map<String, Long> enumerators(TypeDeclaration declaration) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Enumerator enumerator : ((EnumDeclaration) declaration).enumerators()) {
            values.put(enumerator.name(), enumerator.value().value());
        }
        return values;
    }

    @Test
    void limitsRowsOfTheCorpus() {
        TypeDeclaration limits = accept("p/Limits.aidl", """
                package p;
                parcelable Limits {
                    const int KB = 1 << 10;
                    const int MB = KB * KB;
                    const long GB = 1L << 30;
                    const int ALL_BITS = 0xffffffff;
                    const int MIXED = (7 + 5) / 4 % 2 - ~1;
                    const int LOGIC = (3 > 2) && !(1 == 2);
                    const byte SMALLEST = -128;
                    const byte FROM_U8 = 0xffu8;
                    const String GREETING = "hello" + ", " + "world";
                    const int RATIO_OK = MB / KB == KB;
                }""");
        assertEquals(Map.of("KB", "1024:int", "MB", "1048576:int", "GB", "1073741824:long", "ALL_BITS", "-1:int",
                "MIXED", "3:int", "LOGIC", "1:int", "SMALLEST", "-128:byte", "FROM_U8", "-1:byte",
                "GREETING", "\"hello, world\"", "RATIO_OK", "1:int"), constants(limits));
    }

    @Test
    void priorityRowsOfTheCorpus() {
        TypeDeclaration priority = accept("p/Priority.aidl", """
                package p;
                @Backing(type="int")
                enum Priority {
                    LOW = -1,
                    NORMAL = 0,
                    HIGH = NORMAL + 10,
                    URGENT = HIGH << 2,
                    MASK = 0xFF & ~0x0F,
                    /** @deprecated use URGENT instead */
                    CRITICAL,
                }""");
        assertEquals(Map.of("LOW", -1L, "NORMAL", 0L, "HIGH", 10L, "URGENT", 40L, "MASK", 240L, "CRITICAL", 241L),
                enumerators(priority));
        Enumerator critical = ((EnumDeclaration) priority).enumerators().getLast();
        assertEquals(BuiltinType.INT, critical.value().type());
        assertEquals(true, critical.comments().isDeprecated());
    }

    @Test
    void capabilityRowsOfTheCorpus() {
        TypeDeclaration capability = accept("p/Capability.aidl", """
                package p;
                @Backing(type="long")
                enum Capability {
                    NONE = 0,
                    CAMERA = 1L << 0,
                    AUDIO = 1L << 1,
                    STORAGE = 1L << 40,
                    ALL = CAMERA | AUDIO | STORAGE,
                }""");
        assertEquals(Map.of("NONE", 0L, "CAMERA", 1L, "AUDIO", 2L, "STORAGE", 1099511627776L, "ALL", 1099511627779L),
                enumerators(capability));
        assertEquals(BuiltinType.LONG, ((EnumDeclaration) capability).backingType());
    }

    @Test
    void enumeratorsCountOnFromTheLastValueAndDefaultToByte() {
        TypeDeclaration color = accept("p/Color.aidl", "package p;\nenum Color { RED, GREEN, BLUE = 7, VIOLET, }");
        assertEquals(Map.of("RED", 0L, "GREEN", 1L, "BLUE", 7L, "VIOLET", 8L), enumerators(color));
        assertEquals(BuiltinType.BYTE, ((EnumDeclaration) color).backingType());
        assertEquals(List.of(false, false, true, false),
                ((EnumDeclaration) color).enumerators().stream().map(Enumerator::valueWritten).toList());
    }

    @Test
    void integerPromotionAndChecks() {
        TypeDeclaration values = accept("p/V.aidl", """
                package p;
                parcelable V {
                    const int SIGN_BIT = 1 << 31;
                    const int MIN = -2147483648;
                    const long WIDENED = 2147483647 + 1L;
                    const long HEX_LONG = 0xffffffffL;
                    const int BACK_SHIFT = 16 >> -2;
                    const int TRUE_PLUS_ONE = true + 1;
                    const int FROM_BOOL = true;
                    const int NOT = !5;
                    const int COMPLEMENT = ~0;
                    const byte U8_MIN = 0x80u8;
                    const int U32 = 4294967295u32;
                    const long U64 = 18446744073709551615u64;
                    const int SEPARATED = 1_000_000;
                    const int COMMENTED = (1 << 1) /* comment */ | 0x0;
                    const long LONG_REMAINDER = -7L % 3;
                }""");
        assertEquals(Map.ofEntries(Map.entry("SIGN_BIT", "-2147483648:int"), Map.entry("MIN", "-2147483648:int"),
                Map.entry("WIDENED", "2147483648:long"), Map.entry("HEX_LONG", "4294967295:long"),
                Map.entry("BACK_SHIFT", "64:int"), Map.entry("TRUE_PLUS_ONE", "2:int"),
                Map.entry("FROM_BOOL", "1:int"), Map.entry("NOT", "0:int"), Map.entry("COMPLEMENT", "-1:int"),
                Map.entry("U8_MIN", "-128:byte"), Map.entry("U32", "-1:int"), Map.entry("U64", "-1:long"),
                Map.entry("SEPARATED", "1000000:int"), Map.entry("COMMENTED", "2:int"),
                Map.entry("LONG_REMAINDER", "-1:long")), constants(values));
    }

    @Test
    void stringsCharsFloatsAndBooleans() {
        ParcelableDeclaration values = (ParcelableDeclaration) accept("p/V.aidl", """
                package p;
                parcelable V {
                    const String NAME = "demo";
                    const String FULL = NAME + "." + "service";
                    const float HALF = 0.5f;
                    const double BIG = -1.25e3;
                    boolean fromInt = 2;
                    boolean fromComparison = 3 < 2;
                    char initial = 'A';
                    float negative = -0.5f;
                    double fromFloatLiteral = 5.5f;
                    double bare = .5;
                    float[] floats = {1.0f, -2.5f};
                    char[] chars = {'a', 'b'};
                    String[] words = {"a", NAME,};
                }""");
        assertEquals(Map.of("NAME", "\"demo\"", "FULL", "\"demo.service\"", "HALF", "0.5f", "BIG", "-1250.0d"),
                constants(values));
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Field field : values.fields()) {
            defaults.put(field.name(), render(field.defaultValue().orElseThrow()));
        }
        assertEquals(Map.of("fromInt", "true", "fromComparison", "false", "initial", "'A'", "negative", "-0.5f",
                "fromFloatLiteral", "5.5d", "bare", "0.5d", "floats", "[1.0f, -2.5f]", "chars", "['a', 'b']",
                "words", "[\"a\", \"demo\"]"), defaults);
    }

    @Test
    void referencesReachOtherTypesAndEnumerators() {
        fixture().file("p/Other.aidl", "package p;\nparcelable Other {\n    const int K = 40;\n}")
                .file("p/E.aidl", "package p;\n@Backing(type=\"int\")\nenum E { A = p.Other.K, B }");
        ParcelableDeclaration values = (ParcelableDeclaration) accept("p/V.aidl", """
                package p;
                import p.E;
                parcelable V {
                    const int FROM_OTHER = p.Other.K + 2;
                    const int FROM_ENUM = E.B * 2;
                    E picked = E.B;
                    E[2] pair = {E.A, E.B};
                    int[2][2] identity = {{1, 0}, {0, 1}};
                    int[p.Other.K / 20] sized = {1, 2};
                }""");
        assertEquals(Map.of("FROM_OTHER", "42:int", "FROM_ENUM", "82:int"), constants(values));
        List<Field> fields = values.fields();
        assertEquals("p.E.B=41", render(fields.get(0).defaultValue().orElseThrow()));
        assertEquals("[p.E.A=40, p.E.B=41]", render(fields.get(1).defaultValue().orElseThrow()));
        assertEquals("[[1:int, 0:int], [0:int, 1:int]]", render(fields.get(2).defaultValue().orElseThrow()));
        assertEquals(List.of(2), fields.get(3).type().dimensions());
    }

    @Test
    void valuesRememberWhereAndHowTheyWereWritten() {
        TypeDeclaration values = accept("p/V.aidl", "package p;\nparcelable V {\n    const int X = (1 + 2) * 3;\n}");
        ConstantValue value = values.constants().getFirst().value();
        assertEquals("1+2*3", value.sourceText(), "AOSP's rendering: no blanks, no parentheses");
        assertEquals(3, value.location().beginLine());
    }
}
