package org.binder4j.aidl.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.lexer.Token;
import org.binder4j.aidl.lexer.TokenKind;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/** The parser's view of the token list: lookahead, consumption, and syntax errors in bison's wording. */
final class TokenCursor {
    /** bison names the expected tokens only when there are at most this many. */
    private static final int MAX_EXPECTED_LISTED = 4;
    /** Deeper nesting (parentheses, braces, type arguments, declarations) is refused rather than risk the stack. */
    static final int MAX_NESTING = 256;

    private final List<Token> tokens;
    private final Diagnostics diagnostics;
    private int index;
    private Token previous;
    private int depth;

    TokenCursor(List<Token> tokens, Diagnostics diagnostics) {
        this.tokens = new ArrayList<>(tokens);
        this.diagnostics = diagnostics;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    boolean at(TokenKind kind) {
        return peek().is(kind);
    }

    boolean atAny(TokenKind... kinds) {
        return Arrays.stream(kinds).anyMatch(this::at);
    }

    /** The last token consumed. */
    Token previous() {
        return previous;
    }

    Token next() {
        Token token = peek();
        if (!token.is(TokenKind.EOF)) {
            index++;
        }
        previous = token;
        return token;
    }

    boolean accept(TokenKind kind) {
        if (!at(kind)) {
            return false;
        }
        next();
        return true;
    }

    /** Consumes a token of {@code kind}, or reports a syntax error naming {@code expected}. */
    Token expect(TokenKind kind, String... expected) {
        if (!at(kind)) {
            throw fail(expected.length == 0 ? new String[] {kind.description()} : expected);
        }
        return next();
    }

    /** {@code a.b.C} as written, spanning its first to its last identifier. */
    record DottedName(String text, SourceLocation location) {
        boolean isQualified() {
            return text.indexOf('.') >= 0;
        }
    }

    /** Consumes identifiers joined by dots. */
    DottedName dottedName() {
        Token first = expect(TokenKind.IDENTIFIER);
        StringBuilder text = new StringBuilder(first.text());
        while (accept(TokenKind.DOT)) {
            text.append('.').append(expect(TokenKind.IDENTIFIER).text());
        }
        return new DottedName(text.toString(), SourceLocation.between(first.location(), previous.location()));
    }

    /** Consumes one {@code '>'}, splitting a {@code '>>'} that closes two type argument lists at once. */
    Token expectClosingAngle() {
        if (at(TokenKind.SHIFT_RIGHT)) {
            SourceLocation both = peek().location();
            SourceLocation first = new SourceLocation(both.file(), both.beginLine(), both.beginColumn(),
                    both.endLine(), both.endColumn() - 1);
            SourceLocation second = new SourceLocation(both.file(), both.endLine(), both.endColumn() - 1,
                    both.endLine(), both.endColumn());
            tokens.set(index, new Token(TokenKind.RANGLE, ">", first, peek().comments()));
            tokens.add(index + 1, new Token(TokenKind.RANGLE, ">", second, Comments.NONE));
        }
        return expect(TokenKind.RANGLE, "','", "'>'");
    }

    /** Reports {@code syntax error, unexpected X[, expecting Y or Z]} at the current token; throw the result. */
    SyntaxError fail(String... expected) {
        Token token = peek();
        StringBuilder message = new StringBuilder("syntax error, unexpected ").append(token.kind().description());
        if (expected.length > 0 && expected.length <= MAX_EXPECTED_LISTED) {
            message.append(", expecting ").append(String.join(" or ", expected));
        }
        diagnostics.error(DiagnosticCode.SYNTAX_ERROR, token.location(), message.toString());
        return new SyntaxError();
    }

    /** Enters one more level of nesting; beyond {@link #MAX_NESTING} the parse is abandoned. */
    void enter() {
        if (++depth > MAX_NESTING) {
            diagnostics.error(DiagnosticCode.NESTING_TOO_DEEP, peek().location(),
                    "nesting deeper than " + MAX_NESTING + " levels is not supported");
            throw new ParseAbandoned();
        }
    }

    void leave() {
        depth--;
    }

    /**
     * Skips to the end of the current member after a syntax error: past the next {@code ';'} at this nesting level,
     * or up to the {@code '}'} that closes the enclosing body.
     */
    void skipMember() {
        int depth = 0;
        while (!at(TokenKind.EOF)) {
            if (at(TokenKind.LBRACE)) {
                depth++;
            } else if (at(TokenKind.RBRACE)) {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (at(TokenKind.SEMICOLON) && depth == 0) {
                next();
                return;
            }
            next();
        }
    }
}
