package org.binder4j.aidl.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.binder4j.aidl.source.SourceLocation;
import org.junit.jupiter.api.Test;

class LexerTest {
    private static List<Token> lex(String text) {
        return Lexer.tokenize("f.aidl", text);
    }

    private static List<TokenKind> kinds(String text) {
        return lex(text).stream().map(Token::kind).toList();
    }

    private static String span(Token token) {
        SourceLocation l = token.location();
        return l.beginLine() + "." + l.beginColumn() + "-" + l.endLine() + "." + l.endColumn();
    }

    @Test
    void aTokenSpanStartsRightAfterThePreviousTokenOnItsLine() {
        List<Token> tokens = lex("package a;  interface IFoo");
        assertEquals("1.1-1.8", span(tokens.get(0)));
        assertEquals("1.8-1.10", span(tokens.get(1)), "the blank before 'a' belongs to 'a'");
        assertEquals("1.10-1.11", span(tokens.get(2)));
        assertEquals("1.11-1.22", span(tokens.get(3)), "both blanks belong to 'interface'");
        assertEquals("1.22-1.27", span(tokens.get(4)));
    }

    @Test
    void aNewlineOrABlockCommentRestartsTheSpan() {
        List<Token> tokens = lex("a\n    b /* note */ c // tail\n\n  d");
        assertEquals("2.1-2.6", span(tokens.get(1)), "a newline restarts at column 1");
        assertEquals("2.17-2.19", span(tokens.get(2)), "the span restarts after the block comment (column 17)");
        assertEquals("4.1-4.4", span(tokens.get(3)));
        assertEquals("4.4-4.4", span(tokens.get(4)), "end of file is an empty span after the last token");
    }

    @Test
    void aTabIsOneColumn() {
        assertEquals("1.1-1.3", span(lex("\tx").getFirst()));
    }

    @Test
    void commentsBeforeATokenAreAttachedToIt() {
        List<Token> tokens = lex("/** doc */\n// line\nint x;");
        Token type = tokens.getFirst();
        assertEquals(TokenKind.IDENTIFIER, type.kind());
        assertEquals(List.of("/** doc */", "// line\n"),
                type.comments().list().stream().map(c -> c.body()).toList());
        assertTrue(tokens.get(1).comments().isEmpty());
    }

    @Test
    void aMultiLineBlockCommentCountsItsLines() {
        List<Token> tokens = lex("/*\n * one\n * two\n */ x");
        assertEquals("4.4-4.6", span(tokens.getFirst()));
    }

    @Test
    void keywordsAreWholeWordsAndOtherWordsAreIdentifiers() {
        assertEquals(List.of(TokenKind.IN, TokenKind.IDENTIFIER, TokenKind.INOUT, TokenKind.IDENTIFIER,
                TokenKind.INTERFACE, TokenKind.IDENTIFIER, TokenKind.IDENTIFIER, TokenKind.ONEWAY, TokenKind.EOF),
                kinds("in int inout input interface class cpp_header oneway"));
    }

    @Test
    void numbersTakeTheLongestLiteralAndIntWinsATie() {
        List<Token> tokens = lex("12 7L 0xffu8x 0XAB 1.5 .5f 1e5 1f 1_000 255u8 1.");
        assertEquals(List.of("12", "7L", "0xffu8", "x", "0XAB", "1.5", ".5f", "1e5", "1f", "1_000", "255u8", "1", "."),
                tokens.subList(0, 13).stream().map(Token::text).toList());
        assertEquals(List.of(TokenKind.INT, TokenKind.INT, TokenKind.HEX, TokenKind.IDENTIFIER, TokenKind.HEX,
                TokenKind.FLOAT, TokenKind.FLOAT, TokenKind.FLOAT, TokenKind.FLOAT, TokenKind.INT, TokenKind.INT,
                TokenKind.INT, TokenKind.DOT), tokens.subList(0, 13).stream().map(Token::kind).toList());
    }

    @Test
    void charAndStringLiterals() {
        List<Token> tokens = lex("'A' \"say \\\"hi\\\"\" '' \"open");
        assertEquals(TokenKind.CHAR, tokens.get(0).kind());
        assertEquals(TokenKind.STRING, tokens.get(1).kind());
        assertEquals("\"say \\\"hi\\\"\"", tokens.get(1).text(), "the scanner lets \\\" through; checks refuse it");
        assertEquals(TokenKind.UNKNOWN, tokens.get(2).kind(), "'' is no char literal");
        assertEquals(TokenKind.UNKNOWN, tokens.get(4).kind(), "an unterminated string starts with a stray quote");
    }

    @Test
    void annotationsOperatorsAndStrayCharacters() {
        assertEquals(List.of(TokenKind.ANNOTATION, TokenKind.SHIFT_RIGHT, TokenKind.SHIFT_LEFT, TokenKind.LOGICAL_AND,
                TokenKind.NOT_EQUAL, TokenKind.LESS_EQUAL, TokenKind.RANGLE, TokenKind.UNKNOWN, TokenKind.UNKNOWN,
                TokenKind.IDENTIFIER, TokenKind.EOF), kinds("@nullable >> << && != <= > # @ x"));
    }

    @Test
    void anUnterminatedBlockCommentEndsTheInput() {
        assertEquals(List.of(TokenKind.IDENTIFIER, TokenKind.EOF), kinds("a /* never closed b c"));
    }
}
