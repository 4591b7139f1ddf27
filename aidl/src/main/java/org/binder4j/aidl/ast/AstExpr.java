package org.binder4j.aidl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.binder4j.aidl.source.SourceLocation;

/**
 * A constant expression as written. Locations follow AOSP: a literal or reference spans its token(s), a unary
 * expression its operator, a binary expression its left operand (parentheses included), an array literal its
 * {@code '{'}. {@link #text()} renders the expression as AOSP's messages do: no blanks, no parentheses
 * ({@code LAST+1}).
 */
public sealed interface AstExpr {
    SourceLocation location();

    String text();

    /** How wide an integer literal is: by magnitude, or as forced by a suffix. */
    enum IntegerWidth {
        INT8,
        INT32,
        INT64
    }

    enum UnaryOperator {
        PLUS("+"),
        MINUS("-"),
        NOT("!"),
        COMPLEMENT("~");

        private final String symbol;

        UnaryOperator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** Binary operators, from the loosest binding ({@code ||}) to the tightest ({@code * / %}). */
    enum BinaryOperator {
        LOGICAL_OR("||", 1),
        LOGICAL_AND("&&", 2),
        OR("|", 3),
        XOR("^", 4),
        AND("&", 5),
        EQUAL("==", 6),
        NOT_EQUAL("!=", 6),
        LESS("<", 7),
        GREATER(">", 7),
        LESS_EQUAL("<=", 7),
        GREATER_EQUAL(">=", 7),
        SHIFT_LEFT("<<", 8),
        SHIFT_RIGHT(">>", 8),
        ADD("+", 9),
        SUBTRACT("-", 9),
        MULTIPLY("*", 10),
        DIVIDE("/", 10),
        REMAINDER("%", 10);

        private final String symbol;
        private final int precedence;

        BinaryOperator(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        public String symbol() {
            return symbol;
        }

        /** Higher binds tighter; all binary operators associate to the left. */
        public int precedence() {
            return precedence;
        }

        public boolean isComparison() {
            return precedence == 6 || precedence == 7;
        }

        public boolean isLogical() {
            return this == LOGICAL_OR || this == LOGICAL_AND;
        }
    }

    record BooleanLiteral(boolean value, SourceLocation location) implements AstExpr {
        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }

    /** {@code text} as written (suffixes included); {@code value} already reinterpreted ({@code 0xffffffff} is -1). */
    record IntegerLiteral(String text, long value, IntegerWidth width, SourceLocation location) implements AstExpr {}

    /** A floating-point literal; it is parsed against the type it initialises (a float needs the {@code f}). */
    record FloatLiteral(String text, SourceLocation location) implements AstExpr {}

    /** {@code text} with its quotes. */
    record CharLiteral(String text, char value, SourceLocation location) implements AstExpr {}

    /** {@code text} with its quotes; {@code value} without. */
    record StringLiteral(String text, String value, SourceLocation location) implements AstExpr {}

    /** {@code NAME}, {@code Type.NAME} or {@code pkg.Type.NAME}: a constant or an enumerator. */
    record Reference(String name, SourceLocation location) implements AstExpr {
        @Override
        public String text() {
            return name;
        }

        /** The type part, for a qualified reference. */
        public Optional<String> qualifier() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? Optional.empty() : Optional.of(name.substring(0, dot));
        }

        /** The constant or enumerator name. */
        public String member() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    record Unary(UnaryOperator operator, AstExpr operand, SourceLocation location) implements AstExpr {
        public Unary {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public String text() {
            return operator.symbol() + operand.text();
        }
    }

    record Binary(AstExpr left, BinaryOperator operator, AstExpr right, SourceLocation location) implements AstExpr {
        public Binary {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public String text() {
            return left.text() + operator.symbol() + right.text();
        }
    }

    record ArrayLiteral(List<AstExpr> elements, SourceLocation location) implements AstExpr {
        public ArrayLiteral {
            elements = List.copyOf(elements);
        }

        @Override
        public String text() {
            return elements.stream().map(AstExpr::text).collect(Collectors.joining(", ", "{", "}"));
        }
    }
}
