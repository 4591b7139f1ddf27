package org.binder4j.aidl.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstArgument;
import org.binder4j.aidl.ast.AstConstant;
import org.binder4j.aidl.ast.AstDeclaration;
import org.binder4j.aidl.ast.AstDocument;
import org.binder4j.aidl.ast.AstEnum;
import org.binder4j.aidl.ast.AstEnumerator;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstField;
import org.binder4j.aidl.ast.AstInterface;
import org.binder4j.aidl.ast.AstMember;
import org.binder4j.aidl.ast.AstMethod;
import org.binder4j.aidl.ast.AstParcelable;
import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.ast.AstUnion;
import org.binder4j.aidl.ast.AstUnstructuredParcelable;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.lexer.Lexer;
import org.binder4j.aidl.lexer.Token;
import org.binder4j.aidl.lexer.TokenKind;
import org.binder4j.aidl.model.ArrayKind;
import org.binder4j.aidl.parse.TokenCursor.DottedName;
import org.binder4j.aidl.model.Direction;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * A hand-written recursive-descent parser for AIDL (AOSP 13's grammar, with Android 16's {@code ndk_header} and
 * {@code rust_type}). Besides syntax errors it reports what AOSP reports while parsing: unknown annotations,
 * repeated annotation parameters, qualified declaration names, annotated arrays and type arguments, dynamic
 * multi-dimensional arrays, repeated type argument lists, and invalid literals. After a syntax error inside a type
 * body it skips to the end of that member and goes on, so one run reports several errors.
 *
 * <p>As AOSP does, the parser completes two things the source leaves implicit: an enumerator without a value gets
 * {@code PREVIOUS+1} (the first gets 0), and every union gets a nested {@code enum Tag} listing its fields.
 */
public final class Parser {
    private static final Map<TokenKind, Direction> DIRECTIONS =
            new EnumMap<>(Map.of(TokenKind.IN, Direction.IN, TokenKind.OUT, Direction.OUT, TokenKind.INOUT,
                    Direction.INOUT));

    private final TokenCursor cursor;
    private final ExpressionParser expressions;
    private final Diagnostics diagnostics;

    private Parser(TokenCursor cursor, Diagnostics diagnostics) {
        this.cursor = cursor;
        this.expressions = new ExpressionParser(cursor, diagnostics);
        this.diagnostics = diagnostics;
    }

    /**
     * Parses one file. Errors go to {@code diagnostics}; the document is returned only when there were none.
     *
     * @param file how locations name the file
     */
    public static Optional<AstDocument> parse(String file, String text, Diagnostics diagnostics) {
        int before = diagnostics.count();
        Parser parser = new Parser(new TokenCursor(Lexer.tokenize(file, text), diagnostics), diagnostics);
        AstDocument document;
        try {
            document = parser.document(file);
        } catch (SyntaxError | ParseAbandoned e) {
            return Optional.empty();
        }
        return diagnostics.count() == before ? Optional.of(document) : Optional.empty();
    }

    private AstDocument document(String file) {
        Comments comments = Comments.NONE;
        Optional<String> packageName = Optional.empty();
        if (cursor.at(TokenKind.PACKAGE)) {
            comments = cursor.next().comments();
            packageName = Optional.of(cursor.dottedName().text());
            cursor.expect(TokenKind.SEMICOLON);
        }
        List<AstDocument.Import> imports = new ArrayList<>();
        while (cursor.at(TokenKind.IMPORT)) {
            Token keyword = cursor.next();
            if (imports.isEmpty() && packageName.isEmpty()) {
                comments = keyword.comments();
            }
            DottedName name = cursor.dottedName();
            imports.add(new AstDocument.Import(name.text(), name.location()));
            cursor.expect(TokenKind.SEMICOLON, "'.'", "';'");
        }
        List<AstDeclaration> declarations = new ArrayList<>();
        do {
            declarations.add(declaration());
        } while (!cursor.at(TokenKind.EOF));
        return new AstDocument(file, packageName, imports, declarations, comments);
    }

    /** The annotations at the cursor and the comments that belong to what they annotate. */
    private record Prefix(List<AstAnnotation> annotations, Comments comments) {}

    /** Reads annotations; the comments are the first annotation's, or the next token's when there is none. */
    private Prefix prefix() {
        Comments comments = cursor.peek().comments();
        return new Prefix(expressions.annotations(), comments);
    }

    private AstDeclaration declaration() {
        return declaration(prefix());
    }

    private AstDeclaration declaration(Prefix prefix) {
        cursor.enter();
        try {
            return unnestedDeclaration(prefix);
        } finally {
            cursor.leave();
        }
    }

    private AstDeclaration unnestedDeclaration(Prefix prefix) {
        return switch (cursor.peek().kind()) {
            case PARCELABLE -> parcelable(prefix);
            case INTERFACE -> anInterface(prefix, false);
            case ONEWAY -> {
                if (!cursor.peek(1).is(TokenKind.INTERFACE)) {
                    cursor.next();
                    throw cursor.fail("'interface'");
                }
                yield anInterface(prefix, true);
            }
            case ENUM -> anEnum(prefix);
            case UNION -> union(prefix);
            default -> throw cursor.fail();
        };
    }

    private boolean startsDeclaration() {
        return cursor.atAny(TokenKind.PARCELABLE, TokenKind.INTERFACE, TokenKind.ENUM, TokenKind.UNION)
                || (cursor.at(TokenKind.ONEWAY) && cursor.peek(1).is(TokenKind.INTERFACE));
    }

    private void requireUnqualified(DottedName name) {
        if (name.isQualified()) {
            diagnostics.error(DiagnosticCode.QUALIFIED_TYPE_NAME, name.location(),
                    "Type name can't be qualified. Use `package`.");
        }
    }

    private AstInterface anInterface(Prefix prefix, boolean oneway) {
        if (oneway) {
            cursor.next();
        }
        Token keyword = cursor.expect(TokenKind.INTERFACE);
        DottedName name = cursor.dottedName();
        requireUnqualified(name);
        if (!oneway && cursor.accept(TokenKind.SEMICOLON)) {
            return new AstInterface(name.text(), keyword.location(), prefix.comments(), prefix.annotations(), false,
                    List.of());
        }
        cursor.expect(TokenKind.LBRACE, oneway ? new String[] {"'{'"} : new String[] {"'{'", "';'"});
        List<AstMember> members = new ArrayList<>();
        while (!cursor.atAny(TokenKind.RBRACE, TokenKind.EOF)) {
            try {
                members.add(interfaceMember());
            } catch (SyntaxError e) {
                cursor.skipMember();
            }
        }
        cursor.expect(TokenKind.RBRACE);
        return new AstInterface(name.text(), keyword.location(), prefix.comments(), prefix.annotations(), oneway,
                members);
    }

    private AstMember interfaceMember() {
        Prefix prefix = prefix();
        if (cursor.at(TokenKind.CONST)) {
            return constant(prefix);
        }
        if (startsDeclaration()) {
            return declaration(prefix);
        }
        return method(prefix);
    }

    private AstMethod method(Prefix prefix) {
        boolean oneway = cursor.accept(TokenKind.ONEWAY);
        AstType returnType = type().withLeadingAnnotations(prefix.annotations());
        Token name = cursor.expect(TokenKind.IDENTIFIER);
        cursor.expect(TokenKind.LPAREN, "'('");
        List<AstArgument> arguments = new ArrayList<>();
        if (!cursor.at(TokenKind.RPAREN)) {
            do {
                arguments.add(argument());
            } while (cursor.accept(TokenKind.COMMA));
        }
        cursor.expect(TokenKind.RPAREN, "','", "')'");
        OptionalInt id = OptionalInt.empty();
        if (cursor.accept(TokenKind.ASSIGN)) {
            id = methodId(cursor.expect(TokenKind.INT));
            cursor.expect(TokenKind.SEMICOLON);
        } else {
            cursor.expect(TokenKind.SEMICOLON, "'='", "';'");
        }
        return new AstMethod(name.text(), name.location(), prefix.comments(), oneway, returnType, arguments, id);
    }

    private OptionalInt methodId(Token token) {
        try {
            return OptionalInt.of(Integer.parseInt(token.text()));
        } catch (NumberFormatException e) {
            diagnostics.error(DiagnosticCode.INVALID_METHOD_ID, token.location(),
                    "Could not parse int value: " + token.text());
            return OptionalInt.of(0);
        }
    }

    private AstArgument argument() {
        Optional<Direction> direction = Optional.ofNullable(DIRECTIONS.get(cursor.peek().kind()));
        if (direction.isPresent()) {
            cursor.next();
        }
        AstType type = type();
        Token name = cursor.expect(TokenKind.IDENTIFIER);
        return new AstArgument(name.text(), name.location(), direction, type);
    }

    private AstConstant constant(Prefix prefix) {
        cursor.next();
        AstType type = type().withLeadingAnnotations(prefix.annotations());
        Token name = cursor.expect(TokenKind.IDENTIFIER);
        cursor.expect(TokenKind.ASSIGN);
        AstExpr value = expressions.expression();
        cursor.expect(TokenKind.SEMICOLON);
        return new AstConstant(name.text(), name.location(), prefix.comments(), type, value);
    }

    private AstDeclaration parcelable(Prefix prefix) {
        cursor.next();
        DottedName name = cursor.dottedName();
        List<String> typeParameters = typeParameters();
        if (cursor.at(TokenKind.LBRACE)) {
            requireUnqualified(name);
            List<AstMember> members = parcelableMembers();
            return new AstParcelable(name.text(), name.location(), prefix.comments(), prefix.annotations(),
                    typeParameters, members);
        }
        Map<String, String> headers = new HashMap<>();
        while (cursor.at(TokenKind.IDENTIFIER) && isHeaderKeyword(cursor.peek().text())
                && !headers.containsKey(cursor.peek().text())) {
            String keyword = cursor.next().text();
            String value = cursor.expect(TokenKind.STRING).text();
            headers.put(keyword, value.substring(1, value.length() - 1));
        }
        cursor.expect(TokenKind.SEMICOLON, headers.isEmpty() ? new String[] {"'{'", "';'"} : new String[] {"';'"});
        return new AstUnstructuredParcelable(name.text(), name.location(), prefix.comments(), prefix.annotations(),
                typeParameters, Optional.ofNullable(headers.get("cpp_header")),
                Optional.ofNullable(headers.get("ndk_header")), Optional.ofNullable(headers.get("rust_type")));
    }

    private static boolean isHeaderKeyword(String text) {
        return text.equals("cpp_header") || text.equals("ndk_header") || text.equals("rust_type");
    }

    private List<String> typeParameters() {
        List<String> parameters = new ArrayList<>();
        if (cursor.accept(TokenKind.LANGLE)) {
            do {
                parameters.add(cursor.expect(TokenKind.IDENTIFIER).text());
            } while (cursor.accept(TokenKind.COMMA));
            cursor.expect(TokenKind.RANGLE, "','", "'>'");
        }
        return parameters;
    }

    private List<AstMember> parcelableMembers() {
        cursor.expect(TokenKind.LBRACE);
        List<AstMember> members = new ArrayList<>();
        while (!cursor.atAny(TokenKind.RBRACE, TokenKind.EOF)) {
            try {
                members.add(parcelableMember());
            } catch (SyntaxError e) {
                cursor.skipMember();
            }
        }
        cursor.expect(TokenKind.RBRACE);
        return members;
    }

    private AstMember parcelableMember() {
        Prefix prefix = prefix();
        if (cursor.at(TokenKind.CONST)) {
            return constant(prefix);
        }
        if (startsDeclaration()) {
            return declaration(prefix);
        }
        AstType type = type().withLeadingAnnotations(prefix.annotations());
        Token name = cursor.expect(TokenKind.IDENTIFIER);
        Optional<AstExpr> value = Optional.empty();
        if (cursor.accept(TokenKind.ASSIGN)) {
            value = Optional.of(expressions.expression());
            cursor.expect(TokenKind.SEMICOLON);
        } else {
            cursor.expect(TokenKind.SEMICOLON, "'='", "';'");
        }
        return new AstField(name.text(), name.location(), prefix.comments(), type, value);
    }

    private AstEnum anEnum(Prefix prefix) {
        cursor.next();
        DottedName name = cursor.dottedName();
        requireUnqualified(name);
        cursor.expect(TokenKind.LBRACE);
        List<AstEnumerator> enumerators = new ArrayList<>();
        enumerators.add(enumerator(null));
        while (cursor.accept(TokenKind.COMMA) && !cursor.at(TokenKind.RBRACE)) {
            enumerators.add(enumerator(enumerators.getLast()));
        }
        cursor.expect(TokenKind.RBRACE, "','", "'}'");
        return new AstEnum(name.text(), name.location(), prefix.comments(), prefix.annotations(), enumerators, false);
    }

    private AstEnumerator enumerator(AstEnumerator previous) {
        Token name = cursor.expect(TokenKind.IDENTIFIER);
        if (cursor.accept(TokenKind.ASSIGN)) {
            return new AstEnumerator(name.text(), name.location(), name.comments(), expressions.expression(), true);
        }
        return new AstEnumerator(name.text(), name.location(), name.comments(),
                Implicit.enumeratorValue(previous, name.location()), false);
    }

    private AstUnion union(Prefix prefix) {
        cursor.next();
        DottedName name = cursor.dottedName();
        requireUnqualified(name);
        List<String> typeParameters = typeParameters();
        List<AstMember> members = new ArrayList<>(parcelableMembers());
        members.add(Implicit.unionTag(name.location(), prefix.annotations(), members));
        return new AstUnion(name.text(), name.location(), prefix.comments(), prefix.annotations(), typeParameters,
                members);
    }

    private AstType type() {
        cursor.enter();
        try {
            return unnestedType();
        } finally {
            cursor.leave();
        }
    }

    private AstType unnestedType() {
        Token start = cursor.peek();
        List<AstAnnotation> annotations = expressions.annotations();
        DottedName name = cursor.dottedName();
        List<AstType> typeArguments = List.of();
        if (cursor.accept(TokenKind.LANGLE)) {
            typeArguments = typeArguments();
        }
        while (cursor.accept(TokenKind.LANGLE)) {
            diagnostics.error(DiagnosticCode.REPEATED_TYPE_ARGUMENTS, name.location(),
                    "Can only specify one set of type parameters.");
            typeArguments();
        }
        ArrayKind arrayKind = ArrayKind.NONE;
        List<AstExpr> dimensions = new ArrayList<>();
        while (cursor.atAny(TokenKind.LBRACKET, TokenKind.ANNOTATION)) {
            SourceLocation typeSoFar = SourceLocation.between(start.location(), cursor.previous().location());
            Token annotationStart = cursor.peek();
            expressions.annotations();
            if (annotationStart.is(TokenKind.ANNOTATION)) {
                diagnostics.error(DiagnosticCode.ANNOTATED_ARRAY,
                        SourceLocation.between(annotationStart.location(), cursor.previous().location()),
                        "Annotations for arrays are not supported.");
            }
            cursor.expect(TokenKind.LBRACKET, "'['");
            Optional<AstExpr> size = Optional.empty();
            if (!cursor.accept(TokenKind.RBRACKET)) {
                size = Optional.of(expressions.expression());
                cursor.expect(TokenKind.RBRACKET, "']'");
            }
            ArrayKind next = size.isPresent() ? ArrayKind.FIXED : ArrayKind.DYNAMIC;
            if (arrayKind == ArrayKind.NONE || (arrayKind == ArrayKind.FIXED && next == ArrayKind.FIXED)) {
                arrayKind = next;
                size.ifPresent(dimensions::add);
            } else {
                diagnostics.error(DiagnosticCode.DYNAMIC_MULTI_DIMENSIONAL_ARRAY, typeSoFar,
                        "Multi-dimensional arrays must be fixed size.");
            }
        }
        return new AstType(name.text(), name.location(), annotations, typeArguments, arrayKind, dimensions);
    }

    private List<AstType> typeArguments() {
        List<AstType> arguments = new ArrayList<>();
        do {
            Token start = cursor.peek();
            AstType argument = type();
            if (!argument.annotations().isEmpty()) {
                diagnostics.error(DiagnosticCode.ANNOTATED_TYPE_ARGUMENT,
                        SourceLocation.between(start.location(), cursor.previous().location()),
                        "Annotations for type arguments are not supported.");
            }
            arguments.add(argument);
        } while (cursor.accept(TokenKind.COMMA));
        cursor.expectClosingAngle();
        return arguments;
    }
}
