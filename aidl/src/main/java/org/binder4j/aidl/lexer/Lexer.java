package org.binder4j.aidl.lexer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.binder4j.aidl.source.Comment;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * Splits AIDL source into tokens. The lexical rules are AOSP 13's (keywords, annotations, literals with
 * {@code l}/{@code L}/{@code u8} suffixes, comments kept for the following token) plus Android 16's digit separators
 * ({@code 1_000}) and {@code u32}/{@code u64} suffixes. A character that starts no token becomes an
 * {@link TokenKind#UNKNOWN} token, which the parser reports. Line counting also follows AOSP, except that a string
 * literal spanning lines counts its newlines (AOSP's scanner loses them).
 */
public final class Lexer {
    private static final Pattern INT = Pattern.compile("[0-9][0-9_]*(?:u8|u32|u64|[lL])*");
    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F_]+(?:u8|u32|u64|[lL])*");
    private static final Pattern FLOAT = Pattern.compile("[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?f?");

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;
    private int column = 1;
    private int beginLine = 1;
    private int beginColumn = 1;
    private final List<Comment> pendingComments = new ArrayList<>();

    private Lexer(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** All tokens of {@code text}, ending with one {@link TokenKind#EOF}; locations name the source {@code file}. */
    public static List<Token> tokenize(String file, String text) {
        Lexer lexer = new Lexer(file, text);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (!token.is(TokenKind.EOF));
        return tokens;
    }

    private Token next() {
        beginLine = line;
        beginColumn = column;
        pendingComments.clear();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                while (pos < text.length() && text.charAt(pos) == '\n') {
                    advance(1);
                }
                step();
            } else if (c == ' ' || c == '\t' || c == '\r') {
                advance(1);
            } else if (text.startsWith("/*", pos)) {
                int close = text.indexOf("*/", pos + 2);
                if (close < 0) {
                    // AOSP's scanner ends the input inside an unterminated block comment.
                    advance(text.length() - pos);
                    break;
                }
                pendingComments.add(new Comment(text.substring(pos, close + 2)));
                advance(close + 2 - pos);
                step();
            } else if (text.startsWith("//", pos)) {
                int end = text.indexOf('\n', pos);
                end = end < 0 ? text.length() : end;
                pendingComments.add(new Comment(text.substring(pos, end) + "\n"));
                advance(end - pos);
            } else {
                return scanToken(c);
            }
        }
        return token(TokenKind.EOF, pos);
    }

    private Token scanToken(char c) {
        int start = pos;
        if (c == '"') {
            int end = closingQuote();
            return end < 0 ? single(TokenKind.UNKNOWN) : take(TokenKind.STRING, end + 1 - start);
        }
        if (c == '\'') {
            boolean literal = pos + 2 < text.length() && text.charAt(pos + 1) != '\n' && text.charAt(pos + 2) == '\'';
            return literal ? take(TokenKind.CHAR, 3) : single(TokenKind.UNKNOWN);
        }
        if (c == '@') {
            int end = identifierEnd(pos + 1);
            return end == pos + 1 ? single(TokenKind.UNKNOWN) : take(TokenKind.ANNOTATION, end - start);
        }
        if (isIdentifierStart(c)) {
            int end = identifierEnd(pos);
            TokenKind kind = TokenKind.spelled(text.substring(start, end))
                    .filter(TokenKind::isKeyword)
                    .orElse(TokenKind.IDENTIFIER);
            return take(kind, end - start);
        }
        if (isDigit(c) || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
            return number();
        }
        if (pos + 1 < text.length()) {
            // Not a letter here, so a two-character spelling can only be an operator.
            var pair = TokenKind.spelled(text.substring(pos, pos + 2));
            if (pair.isPresent()) {
                return take(pair.get(), 2);
            }
        }
        return single(TokenKind.spelled(String.valueOf(c)).orElse(TokenKind.UNKNOWN));
    }

    /** The longest of the int, float and hex literals here; on a tie the earlier rule (int, float, hex) wins. */
    private Token number() {
        int intLength = matchLength(INT);
        int floatLength = matchLength(FLOAT);
        int hexLength = matchLength(HEX);
        if (hexLength > intLength && hexLength > floatLength) {
            return take(TokenKind.HEX, hexLength);
        }
        return floatLength > intLength ? take(TokenKind.FLOAT, floatLength) : take(TokenKind.INT, intLength);
    }

    private int matchLength(Pattern pattern) {
        Matcher matcher = pattern.matcher(text).region(pos, text.length());
        return matcher.lookingAt() ? matcher.end() - pos : 0;
    }

    private int closingQuote() {
        for (int i = pos + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private int identifierEnd(int from) {
        if (from >= text.length() || !isIdentifierStart(text.charAt(from))) {
            return from;
        }
        int end = from + 1;
        while (end < text.length() && (isIdentifierStart(text.charAt(end)) || isDigit(text.charAt(end)))) {
            end++;
        }
        return end;
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Token single(TokenKind kind) {
        return take(kind, 1);
    }

    private Token take(TokenKind kind, int length) {
        int start = pos;
        advance(length);
        return token(kind, start);
    }

    private Token token(TokenKind kind, int start) {
        SourceLocation location = new SourceLocation(file, beginLine, beginColumn, line, column);
        return new Token(kind, text.substring(start, pos), location, new Comments(pendingComments));
    }

    /** Starts the next token's span here, as AOSP does after a newline and after a block comment. */
    private void step() {
        beginLine = line;
        beginColumn = column;
    }

    private void advance(int count) {
        for (int i = 0; i < count; i++) {
            if (text.charAt(pos) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            pos++;
        }
    }
}
