package org.binder4j.aidl.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.Direction;

/**
 * Which directions an argument of some type may take (AOSP's table), and how messages name that kind of type:
 * arrays, {@code List}, {@code Map} and parcelables any; {@code ParcelFileDescriptor} {@code in} or {@code inout};
 * {@code ParcelableHolder} none; every other type (primitives, {@code String}, {@code IBinder}, interfaces, enums,
 * {@code @JavaOnlyImmutable} parcelables) only {@code in}.
 */
record ArgumentAspect(String name, Set<Direction> directions) {
    private static final Set<Direction> ANY = EnumSet.allOf(Direction.class);
    private static final Set<Direction> IN = EnumSet.of(Direction.IN);

    static ArgumentAspect of(AstType type, Resolutions resolutions) {
        if (type.isArray()) {
            return new ArgumentAspect("array", ANY);
        }
        return switch (resolutions.resolved(type)) {
            case Resolved.Builtin(BuiltinType builtin) -> switch (builtin) {
                case LIST, MAP -> new ArgumentAspect(builtin.aidlName(), ANY);
                case PARCEL_FILE_DESCRIPTOR -> new ArgumentAspect(builtin.aidlName(),
                        EnumSet.of(Direction.IN, Direction.INOUT));
                case PARCELABLE_HOLDER -> new ArgumentAspect(builtin.aidlName(), EnumSet.noneOf(Direction.class));
                default -> new ArgumentAspect(builtin.aidlName(), IN);
            };
            case Resolved.Declared(DeclSymbol symbol) when symbol.kind().isParcelable() ->
                symbol.has(AnnotationKind.JAVA_ONLY_IMMUTABLE) ? new ArgumentAspect("@JavaOnlyImmutable", IN)
                        : new ArgumentAspect("parcelable/union", ANY);
            case Resolved.Declared(DeclSymbol symbol) -> new ArgumentAspect(symbol.kind().keyword(), IN);
        };
    }

    /** {@code in}, {@code in or inout}, {@code in, out, or inout}. */
    String describeDirections() {
        List<String> words = new ArrayList<>(directions.stream().map(Direction::keyword).toList());
        if (words.size() <= 2) {
            return String.join(" or ", words);
        }
        words.set(words.size() - 1, "or " + words.getLast());
        return String.join(", ", words);
    }
}
