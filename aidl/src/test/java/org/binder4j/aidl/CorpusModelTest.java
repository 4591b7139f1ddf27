package org.binder4j.aidl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.binder4j.aidl.check.CompilationResult;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.ConstantValue;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.model.EnumDeclaration;
import org.binder4j.aidl.model.Enumerator;
import org.binder4j.aidl.model.Field;
import org.binder4j.aidl.model.InterfaceDeclaration;
import org.binder4j.aidl.model.Method;
import org.binder4j.aidl.model.ParcelableDeclaration;
import org.binder4j.aidl.model.TypeDeclaration;
import org.binder4j.aidl.model.UnionDeclaration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The values EXPECTED.md says the generated Java must contain, checked in the model of the corpus files. */
class CorpusModelTest {
    private static Path corpus;

    @BeforeAll
    static void locate() {
        corpus = Corpus.require();
    }

    private static AidlModel model(String path, String... flags) {
        CompilationResult result = Corpus.compile(corpus, path, List.of(flags));
        assertTrue(result.succeeded(), () -> path + ": " + result.diagnostics());
        return result.model().orElseThrow();
    }

    private static TypeDeclaration type(String path, String... flags) {
        return model(path, flags).types().getFirst();
    }

    private static Map<String, Long> enumerators(String path) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Enumerator e : ((EnumDeclaration) type(path)).enumerators()) {
            values.put(e.name(), e.value().value());
        }
        return values;
    }

    private static Map<String, Integer> ids(InterfaceDeclaration anInterface) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        anInterface.methods().forEach(m -> ids.put(m.name(), m.id()));
        return ids;
    }

    @Test
    void enums() {
        assertEquals(Map.of("RED", 0L, "GREEN", 1L, "BLUE", 7L, "VIOLET", 8L),
                enumerators("com/example/types/Color.aidl"));
        assertEquals(Map.of("LOW", -1L, "NORMAL", 0L, "HIGH", 10L, "URGENT", 40L, "MASK", 240L, "CRITICAL", 241L),
                enumerators("com/example/types/Priority.aidl"));
        assertEquals(Map.of("NONE", 0L, "CAMERA", 1L, "AUDIO", 2L, "STORAGE", 1099511627776L, "ALL",
                1099511627779L), enumerators("com/example/types/Capability.aidl"));
        EnumDeclaration priority = (EnumDeclaration) type("com/example/types/Priority.aidl");
        assertTrue(priority.annotations().javaDerives("toString"));
        assertTrue(priority.enumerators().getLast().comments().isDeprecated());
    }

    @Test
    void limits() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (var constant : type("com/example/types/Limits.aidl").constants()) {
            values.put(constant.name(), switch (constant.value()) {
                case ConstantValue.IntegralValue i -> i.value();
                case ConstantValue.StringValue s -> s.value();
                default -> constant.value();
            });
        }
        assertEquals(Map.of("KB", 1024L, "MB", 1048576L, "GB", 1073741824L, "ALL_BITS", -1L, "MIXED", 3L, "LOGIC",
                1L, "SMALLEST", -128L, "FROM_U8", -1L, "GREETING", "hello, world", "RATIO_OK", 1L), values);
    }

    @Test
    void profileDefaults() {
        ParcelableDeclaration profile = (ParcelableDeclaration) type("com/example/types/Profile.aidl");
        Map<String, ConstantValue> defaults = new LinkedHashMap<>();
        for (Field field : profile.fields()) {
            field.defaultValue().ifPresent(v -> defaults.put(field.name(), v));
        }
        ConstantValue.EnumeratorValue colour = (ConstantValue.EnumeratorValue) defaults.get("favouriteColor");
        assertEquals(List.of("com.example.types.Color", "BLUE", 7L),
                List.of(colour.enumType(), colour.enumerator(), colour.value()));
        assertEquals(8589934592L, ((ConstantValue.IntegralValue) defaults.get("createdAt")).value());
        assertEquals('A', ((ConstantValue.CharValue) defaults.get("initial")).value());
        assertEquals(List.of(3L, 7L, 15L), ((ConstantValue.ArrayValue) defaults.get("luckyNumbers")).elements()
                .stream().map(e -> ((ConstantValue.IntegralValue) e).value()).toList());
        assertEquals(Optional.of(BuiltinType.BYTE), profile.fields().stream().filter(f -> f.name()
                .equals("favouriteColor")).findFirst().orElseThrow().type().declared().orElseThrow().enumBacking(),
                "an enum field has the enum's backing type");
    }

    @Test
    void demoServiceNumbersItsMethodsInDeclarationOrder() {
        InterfaceDeclaration demo = (InterfaceDeclaration) type("com/example/svc/IDemoService.aidl");
        assertEquals(36, demo.methods().size());
        assertEquals(IntStream.range(0, 36).boxed().toList(), demo.methods().stream().map(Method::id).toList());
        assertEquals("echoBoolean", demo.methods().getFirst().name());
        assertEquals(1, demo.methods().getFirst().transactionCode());
        Method notifySync = demo.methods().stream().filter(m -> m.name().equals("notifySync")).findFirst()
                .orElseThrow();
        assertEquals(Optional.of("use notifyAsync"), notifySync.comments().deprecation());
        assertTrue(demo.methods().getLast().oneway());
        assertEquals("demo.service", ((ConstantValue.StringValue) demo.constants().get(1).value()).value());
    }

    @Test
    void explicitIds() {
        InterfaceDeclaration ids = (InterfaceDeclaration) type("com/example/svc/IExplicitIds.aidl");
        assertEquals(Map.of("start", 10, "stop", 11, "poll", 3, "ping", 0), ids(ids));
        assertTrue(ids.methods().stream().allMatch(Method::explicitId));
    }

    @Test
    void registryNestsTypesThatNumberAndNameThemselves() {
        InterfaceDeclaration registry = (InterfaceDeclaration) type("com/example/svc/IRegistry.aidl");
        assertEquals(List.of("Status", "Record", "IWatcher"),
                registry.nestedTypes().stream().map(TypeDeclaration::name).toList());
        ParcelableDeclaration record = (ParcelableDeclaration) registry.nestedTypes().get(1);
        assertEquals("com.example.svc.IRegistry.Record.Note", record.nestedTypes().getFirst().canonicalName());
        assertEquals(Optional.of("com.example.svc.IRegistry"), record.enclosingType());
        InterfaceDeclaration watcher = (InterfaceDeclaration) registry.nestedTypes().get(2);
        assertEquals("com.example.svc.IRegistry.IWatcher", watcher.descriptor());
        assertEquals(Map.of("onChanged", 0), ids(watcher));
        assertEquals("com.example.svc.IRegistry.Record", registry.methods().get(3).returnType().name().qualifiedName());
    }

    @Test
    void annotatedInterface() {
        InterfaceDeclaration annotated = (InterfaceDeclaration) type("com/example/svc/IAnnotated.aidl");
        assertEquals("com.example.legacy.IOldDemo", annotated.descriptor());
        assertEquals(List.of("@java.lang.SuppressWarnings(value={})", "@java.lang.Deprecated(forRemoval=false)"),
                annotated.annotations().javaPassthrough());
        assertTrue(annotated.annotations().has(AnnotationKind.SENSITIVE_DATA));
        assertTrue(annotated.annotations().has(AnnotationKind.JAVA_DELEGATOR));
        Method hidden = annotated.methods().get(1);
        var usage = hidden.annotations().get(AnnotationKind.UNSUPPORTED_APP_USAGE).orElseThrow();
        assertEquals(Optional.of(30L), usage.integral("maxTargetSdk"));
        assertEquals(Optional.of(1234L), usage.integral("trackingBug"));
        assertEquals(List.of("inout-parameter"), annotated.methods().get(3).annotations().suppressedWarnings());
    }

    @Test
    void onewayInterfaceMakesEveryMethodOneway() {
        InterfaceDeclaration callback = (InterfaceDeclaration) type("com/example/svc/ICallback.aidl");
        assertTrue(callback.oneway());
        assertTrue(callback.methods().stream().allMatch(Method::oneway));
    }

    @Test
    void unionTagAndDefault() {
        UnionDeclaration shape = (UnionDeclaration) type("com/example/types/Shape.aidl");
        EnumDeclaration tag = shape.tag();
        assertEquals(BuiltinType.INT, tag.backingType());
        assertEquals(List.of("circleRadius", "polygonSides", "pin", "label", "fill", "owner", "path"),
                tag.enumerators().stream().map(Enumerator::name).toList());
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L),
                tag.enumerators().stream().map(e -> e.value().value()).toList());
        assertEquals(1L, ((ConstantValue.IntegralValue) shape.fields().getFirst().defaultValue().orElseThrow()).value());
        UnionDeclaration cellValue = (UnionDeclaration) type("com/example/types/Matrix.aidl").nestedTypes().get(1);
        assertEquals(BuiltinType.BYTE, cellValue.tag().backingType(), "a @FixedSize union's tag is a byte");
    }

    @Test
    void fixedSizeArrays() {
        ParcelableDeclaration matrix = (ParcelableDeclaration) type("com/example/types/Matrix.aidl");
        assertEquals(List.of(List.of(3), List.of(2, 2), List.of(2, 2), List.of(2), List.of(4), List.of(16), List.of(2)),
                matrix.fields().stream().map(f -> f.type().dimensions()).toList());
        assertTrue(matrix.fields().get(5).type().isNullable());
    }

    @Test
    void versionedInterface() {
        InterfaceDeclaration plain = (InterfaceDeclaration) type("com/example/svc/IVersioned.aidl");
        assertEquals(OptionalInt.empty(), plain.version());
        InterfaceDeclaration versioned = (InterfaceDeclaration) type("com/example/svc/IVersioned.aidl",
                "--version", "3", "--hash", "0123456789abcdef");
        assertEquals(OptionalInt.of(3), versioned.version());
        assertEquals(Optional.of("0123456789abcdef"), versioned.hash());
    }

    @Test
    void rootlessInterfaceAndHandWrittenParcelables() {
        AidlModel rootless = model("IRootless.aidl");
        assertEquals(Optional.empty(), rootless.packageName());
        assertEquals("IRootless", ((InterfaceDeclaration) rootless.types().getFirst()).descriptor());
        AidlModel container = model("com/example/ext/Container.aidl");
        assertEquals(List.of("com.example.ext.Container.Entry", "com.example.ext.Container.Meta"),
                container.types().stream().map(TypeDeclaration::canonicalName).toList());
        assertTrue(container.types().stream().allMatch(t -> t.kind() == DeclarationKind.UNSTRUCTURED_PARCELABLE));
        assertEquals(List.of("K", "V"), ((ParcelableDeclaration) type("com/example/types/Tuple.aidl")).typeParameters());
    }
}
