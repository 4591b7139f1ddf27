package org.binder4j.aidl.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstExpr.BinaryOperator;
import org.binder4j.aidl.ast.AstExpr.UnaryOperator;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.lexer.Token;
import org.binder4j.aidl.lexer.TokenKind;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.source.SourceLocation;

/**
 * Parses constant expressions (C precedence, as AOSP's grammar: {@code ||} loosest, then {@code &&}, {@code |},
 * {@code ^}, {@code &}, equality, relational, shifts, additive, multiplicative, unary) and annotations.
 */
final class ExpressionParser {
    private static final Map<TokenKind, BinaryOperator> BINARY = new EnumMap<>(Map.ofEntries(
            Map.entry(TokenKind.LOGICAL_OR, BinaryOperator.LOGICAL_OR),
            Map.entry(TokenKind.LOGICAL_AND, BinaryOperator.LOGICAL_AND),
            Map.entry(TokenKind.PIPE, BinaryOperator.OR),
            Map.entry(TokenKind.CARET, BinaryOperator.XOR),
            Map.entry(TokenKind.AMPERSAND, BinaryOperator.AND),
            Map.entry(TokenKind.EQUAL, BinaryOperator.EQUAL),
            Map.entry(TokenKind.NOT_EQUAL, BinaryOperator.NOT_EQUAL),
            Map.entry(TokenKind.LANGLE, BinaryOperator.LESS),
            Map.entry(TokenKind.RANGLE, BinaryOperator.GREATER),
            Map.entry(TokenKind.LESS_EQUAL, BinaryOperator.LESS_EQUAL),
            Map.entry(TokenKind.GREATER_EQUAL, BinaryOperator.GREATER_EQUAL),
            Map.entry(TokenKind.SHIFT_LEFT, BinaryOperator.SHIFT_LEFT),
            Map.entry(TokenKind.SHIFT_RIGHT, BinaryOperator.SHIFT_RIGHT),
            Map.entry(TokenKind.PLUS, BinaryOperator.ADD),
            Map.entry(TokenKind.MINUS, BinaryOperator.SUBTRACT),
            Map.entry(TokenKind.STAR, BinaryOperator.MULTIPLY),
            Map.entry(TokenKind.SLASH, BinaryOperator.DIVIDE),
            Map.entry(TokenKind.PERCENT, BinaryOperator.REMAINDER)));
    private static final Map<TokenKind, UnaryOperator> UNARY = new EnumMap<>(Map.of(
            TokenKind.PLUS, UnaryOperator.PLUS,
            TokenKind.MINUS, UnaryOperator.MINUS,
            TokenKind.BANG, UnaryOperator.NOT,
            TokenKind.TILDE, UnaryOperator.COMPLEMENT));
    private static final String KNOWN_ANNOTATIONS =
            Stream.of(AnnotationKind.values()).map(AnnotationKind::aidlName).collect(Collectors.joining(" "));

    /** An expression with the span it was written over, parentheses included (AOSP locates binaries by it). */
    private record Spanned(AstExpr expr, SourceLocation span) {}

    private final TokenCursor cursor;
    private final Diagnostics diagnostics;

    ExpressionParser(TokenCursor cursor, Diagnostics diagnostics) {
        this.cursor = cursor;
        this.diagnostics = diagnostics;
    }

    AstExpr expression() {
        return binary(1).expr();
    }

    /** Zero or more annotations; unknown ones are reported and left out. */
    List<AstAnnotation> annotations() {
        List<AstAnnotation> annotations = new ArrayList<>();
        while (cursor.at(TokenKind.ANNOTATION)) {
            annotation().ifPresent(annotations::add);
        }
        return annotations;
    }

    private Optional<AstAnnotation> annotation() {
        Token at = cursor.next();
        String name = at.text().substring(1);
        List<AstAnnotation.Parameter> parameters = new ArrayList<>();
        if (cursor.accept(TokenKind.LPAREN) && !cursor.accept(TokenKind.RPAREN)) {
            if (cursor.at(TokenKind.IDENTIFIER) && cursor.peek(1).is(TokenKind.ASSIGN)) {
                do {
                    parameter(parameters);
                } while (cursor.accept(TokenKind.COMMA));
            } else {
                AstExpr value = expression();
                parameters.add(new AstAnnotation.Parameter("value", value, value.location()));
            }
            cursor.expect(TokenKind.RPAREN, "','", "')'");
        }
        SourceLocation location = SourceLocation.between(at.location(), cursor.previous().location());
        Optional<AnnotationKind> kind = AnnotationKind.named(name);
        if (kind.isEmpty()) {
            diagnostics.error(DiagnosticCode.UNKNOWN_ANNOTATION, location,
                    "'" + name + "' is not a recognized annotation. It must be one of: " + KNOWN_ANNOTATIONS + ".");
            return Optional.empty();
        }
        return Optional.of(new AstAnnotation(kind.get(), parameters, location));
    }

    private void parameter(List<AstAnnotation.Parameter> parameters) {
        Token name = cursor.expect(TokenKind.IDENTIFIER);
        cursor.expect(TokenKind.ASSIGN);
        AstExpr value = expression();
        SourceLocation location = SourceLocation.between(name.location(), cursor.previous().location());
        if (parameters.stream().anyMatch(p -> p.name().equals(name.text()))) {
            diagnostics.error(DiagnosticCode.DUPLICATE_ANNOTATION_PARAMETER, location,
                    "Trying to redefine parameter " + name.text() + ".");
            return;
        }
        parameters.add(new AstAnnotation.Parameter(name.text(), value, location));
    }

    private Spanned binary(int minimumPrecedence) {
        Spanned left = unary();
        while (true) {
            BinaryOperator operator = BINARY.get(cursor.peek().kind());
            if (operator == null || operator.precedence() < minimumPrecedence) {
                return left;
            }
            cursor.next();
            Spanned right = binary(operator.precedence() + 1);
            AstExpr combined = new AstExpr.Binary(left.expr(), operator, right.expr(), left.span());
            left = new Spanned(combined, SourceLocation.between(left.span(), right.span()));
        }
    }

    /** Every nested expression passes here, so this is where nesting is counted. */
    private Spanned unary() {
        cursor.enter();
        try {
            return unnestedUnary();
        } finally {
            cursor.leave();
        }
    }

    private Spanned unnestedUnary() {
        UnaryOperator operator = UNARY.get(cursor.peek().kind());
        if (operator == null) {
            return primary();
        }
        Token symbol = cursor.next();
        Spanned operand = unary();
        return new Spanned(new AstExpr.Unary(operator, operand.expr(), symbol.location()),
                SourceLocation.between(symbol.location(), operand.span()));
    }

    private Spanned primary() {
        Token token = cursor.peek();
        return switch (token.kind()) {
            case TRUE, FALSE -> literal(new AstExpr.BooleanLiteral(token.is(TokenKind.TRUE), cursor.next().location()));
            case INT, HEX -> literal(integer(cursor.next()));
            case FLOAT -> literal(new AstExpr.FloatLiteral(token.text(), cursor.next().location()));
            case CHAR -> literal(character(cursor.next()));
            case STRING -> literal(string(cursor.next()));
            case IDENTIFIER -> reference();
            case LBRACE -> array();
            case LPAREN -> parenthesized();
            default -> throw cursor.fail();
        };
    }

    private static Spanned literal(AstExpr expr) {
        return new Spanned(expr, expr.location());
    }

    private Spanned reference() {
        TokenCursor.DottedName name = cursor.dottedName();
        return literal(new AstExpr.Reference(name.text(), name.location()));
    }

    private Spanned array() {
        Token open = cursor.next();
        List<AstExpr> elements = new ArrayList<>();
        if (!cursor.at(TokenKind.RBRACE)) {
            if (!startsExpression(cursor.peek().kind())) {
                throw cursor.fail("'}'");
            }
            elements.add(expression());
            while (cursor.accept(TokenKind.COMMA) && !cursor.at(TokenKind.RBRACE)) {
                elements.add(expression());
            }
        }
        Token close = cursor.expect(TokenKind.RBRACE, "','", "'}'");
        return new Spanned(new AstExpr.ArrayLiteral(elements, open.location()),
                SourceLocation.between(open.location(), close.location()));
    }

    private Spanned parenthesized() {
        Token open = cursor.next();
        AstExpr inner = expression();
        Token close = cursor.expect(TokenKind.RPAREN);
        return new Spanned(inner, SourceLocation.between(open.location(), close.location()));
    }

    private static boolean startsExpression(TokenKind kind) {
        return switch (kind) {
            case TRUE, FALSE, INT, HEX, FLOAT, CHAR, STRING, IDENTIFIER, LBRACE, LPAREN, PLUS, MINUS, BANG, TILDE ->
                true;
            default -> false;
        };
    }

    private AstExpr integer(Token token) {
        Optional<Literals.IntegerValue> parsed = Literals.integer(token.text());
        if (parsed.isEmpty()) {
            String what = token.is(TokenKind.HEX) ? "hexvalue" : "integer";
            diagnostics.error(DiagnosticCode.INVALID_INTEGER_LITERAL, token.location(),
                    "Could not parse " + what + ": " + token.text());
            return new AstExpr.IntegerLiteral("0", 0, AstExpr.IntegerWidth.INT8, token.location());
        }
        return new AstExpr.IntegerLiteral(token.text(), parsed.get().value(), parsed.get().width(), token.location());
    }

    private AstExpr character(Token token) {
        char value = token.text().charAt(1);
        if (!Literals.isValidLiteralChar(value)) {
            diagnostics.error(DiagnosticCode.INVALID_CHAR_LITERAL, token.location(),
                    "Invalid character literal " + Literals.printable(value));
        }
        return new AstExpr.CharLiteral(token.text(), value, token.location());
    }

    private AstExpr string(Token token) {
        String text = token.text();
        for (int i = 1; i < text.length() - 1; i++) {
            if (!Literals.isValidLiteralChar(text.charAt(i))) {
                diagnostics.error(DiagnosticCode.INVALID_STRING_LITERAL, token.location(), "Found invalid character '"
                        + text.charAt(i) + "' at index " + (i - 1) + " in string constant '" + text + "'");
                break;
            }
        }
        return new AstExpr.StringLiteral(text, text.substring(1, text.length() - 1), token.location());
    }
}
