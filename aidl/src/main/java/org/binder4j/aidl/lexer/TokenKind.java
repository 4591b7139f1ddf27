package org.binder4j.aidl.lexer;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The kinds of AIDL tokens; {@link #description()} is how syntax errors name them (AOSP's bison names). */
public enum TokenKind {
    IDENTIFIER("identifier"),
    ANNOTATION("annotation"),
    STRING("string literal"),
    CHAR("char literal"),
    FLOAT("float literal"),
    HEX("hex literal"),
    INT("int literal"),

    PACKAGE("package", "package"),
    IMPORT("import", "import"),
    PARCELABLE("parcelable", "parcelable"),
    INTERFACE("interface", "interface"),
    ONEWAY("oneway", "oneway"),
    ENUM("enum", "enum"),
    UNION("union", "union"),
    CONST("const", "const"),
    IN("in", "in"),
    OUT("out", "out"),
    INOUT("inout", "inout"),
    TRUE("true", "true"),
    FALSE("false", "false"),

    LPAREN("'('", "("),
    RPAREN("')'", ")"),
    LANGLE("'<'", "<"),
    RANGLE("'>'", ">"),
    LBRACE("'{'", "{"),
    RBRACE("'}'", "}"),
    LBRACKET("'['", "["),
    RBRACKET("']'", "]"),
    COLON("':'", ":"),
    SEMICOLON("';'", ";"),
    COMMA("','", ","),
    DOT("'.'", "."),
    ASSIGN("'='", "="),
    PLUS("'+'", "+"),
    MINUS("'-'", "-"),
    STAR("'*'", "*"),
    SLASH("'/'", "/"),
    PERCENT("'%'", "%"),
    AMPERSAND("'&'", "&"),
    PIPE("'|'", "|"),
    CARET("'^'", "^"),
    BANG("'!'", "!"),
    TILDE("'~'", "~"),
    SHIFT_LEFT("'<<'", "<<"),
    SHIFT_RIGHT("'>>'", ">>"),
    LOGICAL_AND("'&&'", "&&"),
    LOGICAL_OR("'||'", "||"),
    LESS_EQUAL("'<='", "<="),
    GREATER_EQUAL("'>='", ">="),
    EQUAL("'=='", "=="),
    NOT_EQUAL("'!='", "!="),

    UNKNOWN("unrecognized character"),
    EOF("end of file");

    private static final Map<String, TokenKind> BY_SPELLING = Stream.of(values())
            .filter(k -> k.spelling != null)
            .collect(Collectors.toUnmodifiableMap(k -> k.spelling, Function.identity()));

    private final String description;
    private final String spelling;

    TokenKind(String description) {
        this(description, null);
    }

    TokenKind(String description, String spelling) {
        this.description = description;
        this.spelling = spelling;
    }

    public String description() {
        return description;
    }

    /** The keyword or operator spelled exactly {@code text}, if any. */
    static Optional<TokenKind> spelled(String text) {
        return Optional.ofNullable(BY_SPELLING.get(text));
    }

    public boolean isKeyword() {
        return spelling != null && Character.isLetter(spelling.charAt(0));
    }
}
