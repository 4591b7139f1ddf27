package org.binder4j.aidl.parse;

import java.util.ArrayList;
import java.util.List;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstEnum;
import org.binder4j.aidl.ast.AstEnumerator;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstField;
import org.binder4j.aidl.ast.AstMember;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/** What AIDL leaves implicit and AOSP's parser fills in: enumerator values and a union's {@code Tag} enum. */
final class Implicit {
    private Implicit() {}

    /**
     * The value of an enumerator written without one: {@code 0} for the first, {@code PREVIOUS+1} otherwise, as an
     * expression located at the enumerator (so an overflow is reported there, as {@code LAST+1}).
     */
    static AstExpr enumeratorValue(AstEnumerator previous, SourceLocation at) {
        AstExpr zero = new AstExpr.IntegerLiteral("0", 0, AstExpr.IntegerWidth.INT8, at);
        if (previous == null) {
            return zero;
        }
        AstExpr one = new AstExpr.IntegerLiteral("1", 1, AstExpr.IntegerWidth.INT8, at);
        return new AstExpr.Binary(new AstExpr.Reference(previous.name(), at), AstExpr.BinaryOperator.ADD, one, at);
    }

    /**
     * The nested {@code enum Tag} of a union: one enumerator per field, in order, backed by {@code int} ({@code byte}
     * for a {@code @FixedSize} union).
     */
    static AstEnum unionTag(SourceLocation union, List<AstAnnotation> unionAnnotations, List<AstMember> members) {
        boolean fixedSize = unionAnnotations.stream().anyMatch(a -> a.kind() == AnnotationKind.FIXED_SIZE);
        String backing = fixedSize ? "byte" : "int";
        AstAnnotation backingAnnotation = new AstAnnotation(AnnotationKind.BACKING, List.of(new AstAnnotation.Parameter(
                "type", new AstExpr.StringLiteral('"' + backing + '"', backing, union), union)), union);
        List<AstField> fields = members.stream().filter(AstField.class::isInstance).map(AstField.class::cast).toList();
        List<AstEnumerator> enumerators = new ArrayList<>();
        for (AstField field : fields) {
            AstEnumerator previous = enumerators.isEmpty() ? null : enumerators.getLast();
            enumerators.add(new AstEnumerator(field.name(), field.location(), field.comments(),
                    enumeratorValue(previous, field.location()), false));
        }
        return new AstEnum("Tag", union, Comments.NONE, List.of(backingAnnotation), enumerators, true);
    }
}
