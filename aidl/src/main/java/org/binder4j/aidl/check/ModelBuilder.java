package org.binder4j.aidl.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstArgument;
import org.binder4j.aidl.ast.AstConstant;
import org.binder4j.aidl.ast.AstDeclaration;
import org.binder4j.aidl.ast.AstDocument;
import org.binder4j.aidl.ast.AstEnum;
import org.binder4j.aidl.ast.AstEnumerator;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstInterface;
import org.binder4j.aidl.ast.AstMethod;
import org.binder4j.aidl.ast.AstParcelable;
import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.ast.AstUnion;
import org.binder4j.aidl.ast.AstUnstructuredParcelable;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.Annotations;
import org.binder4j.aidl.model.Argument;
import org.binder4j.aidl.model.BuiltinType;
import org.binder4j.aidl.model.Constant;
import org.binder4j.aidl.model.ConstantValue;
import org.binder4j.aidl.model.DeclarationHeader;
import org.binder4j.aidl.model.DeclaredType;
import org.binder4j.aidl.model.Direction;
import org.binder4j.aidl.model.EnumDeclaration;
import org.binder4j.aidl.model.Enumerator;
import org.binder4j.aidl.model.Field;
import org.binder4j.aidl.model.InterfaceDeclaration;
import org.binder4j.aidl.model.Method;
import org.binder4j.aidl.model.ParcelableDeclaration;
import org.binder4j.aidl.model.TypeDeclaration;
import org.binder4j.aidl.model.TypeName;
import org.binder4j.aidl.model.TypeRef;
import org.binder4j.aidl.model.UnionDeclaration;
import org.binder4j.aidl.model.UnstructuredParcelableDeclaration;
import org.binder4j.aidl.source.SourceLocation;

/**
 * Builds the immutable model once the checks have passed: the input file's declarations and those of every file
 * whose names were resolved. Values are taken from the conversions the checks made; values of imported declarations
 * that no check needed are converted here, and a failure (a broken imported file) is reported as usual.
 */
final class ModelBuilder {
    /** Unwinds the build after a failure that has been reported. */
    private static final class Rejected extends RuntimeException {
        Rejected() {
            super(null, null, false, false);
        }
    }

    private final Resolutions resolutions;
    private final TypeChecker types;
    private final AnnotationChecker annotations;
    private final ValueConverter converter;
    private final FrontEndOptions options;
    private final Diagnostics diagnostics;
    private final Map<String, TypeDeclaration> declarations = new HashMap<>();

    ModelBuilder(Resolutions resolutions, TypeChecker types, AnnotationChecker annotations, ValueConverter converter,
            FrontEndOptions options, Diagnostics diagnostics) {
        this.resolutions = resolutions;
        this.types = types;
        this.annotations = annotations;
        this.converter = converter;
        this.options = options;
        this.diagnostics = diagnostics;
    }

    Optional<AidlModel> build(LoadedDocument main) {
        int errorsBefore = diagnostics.count();
        try {
            List<TypeDeclaration> mainTypes = List.of();
            for (LoadedDocument document : resolutions.resolvedDocuments()) {
                List<TypeDeclaration> built = document.topLevel().stream().map(this::declaration).toList();
                if (document == main) {
                    mainTypes = built;
                }
            }
            AstDocument ast = main.ast();
            return Optional.of(new AidlModel(ast.file(), ast.packageName(),
                    ast.imports().stream().map(AstDocument.Import::name).toList(), mainTypes, declarations));
        } catch (Rejected e) {
            if (diagnostics.count() == errorsBefore) {
                throw new IllegalStateException("building the model of " + main + " failed without a diagnostic", e);
            }
            return Optional.empty();
        }
    }

    private TypeDeclaration declaration(DeclSymbol symbol) {
        AstDeclaration ast = symbol.ast();
        DeclarationHeader header = new DeclarationHeader(symbol.name(), symbol.document().packageName(),
                symbol.canonicalName(), symbol.parent().map(DeclSymbol::canonicalName), ast.location(), ast.comments(),
                annotations(ast.annotations(), ast.location()), symbol.isVintfStable());
        List<TypeDeclaration> nested = symbol.nested().stream().map(this::declaration).toList();
        TypeDeclaration declaration = switch (ast) {
            case AstInterface anInterface -> new InterfaceDeclaration(header, anInterface.oneway(),
                    header.annotations().get(AnnotationKind.DESCRIPTOR).flatMap(a -> a.string("value"))
                            .orElse(symbol.canonicalName()),
                    constants(ast), anInterface.methods().stream().map(m -> method(m, anInterface.oneway())).toList(),
                    nested, options.version(), options.hash());
            case AstParcelable parcelable -> new ParcelableDeclaration(header, parcelable.typeParameters(),
                    fields(ast), constants(ast), nested);
            case AstUnion union -> new UnionDeclaration(header, union.typeParameters(), fields(ast), constants(ast),
                    nested);
            case AstEnum anEnum -> new EnumDeclaration(header, resolutions.backing(anEnum), enumerators(anEnum),
                    anEnum.synthetic());
            case AstUnstructuredParcelable unstructured -> new UnstructuredParcelableDeclaration(header,
                    unstructured.typeParameters(), unstructured.cppHeader(), unstructured.ndkHeader(),
                    unstructured.rustType());
        };
        declarations.put(symbol.canonicalName(), declaration);
        return declaration;
    }

    private Method method(AstMethod method, boolean interfaceOneway) {
        List<Argument> arguments = method.arguments().stream().map(this::argument).toList();
        return new Method(method.name(), method.location(), method.comments(), method.oneway() || interfaceOneway,
                type(method.returnType()), arguments, resolutions.id(method), method.explicitId().isPresent());
    }

    private Argument argument(AstArgument argument) {
        return new Argument(argument.name(), argument.location(), argument.direction().orElse(Direction.IN),
                argument.direction().isPresent(), type(argument.type()));
    }

    private List<Field> fields(AstDeclaration ast) {
        return ast.fields().stream().map(f -> new Field(f.name(), f.location(), f.comments(), type(f.type()),
                f.defaultValue().map(value -> value(value, f.type())))).toList();
    }

    private List<Constant> constants(AstDeclaration ast) {
        return ast.constants().stream().map((AstConstant c) -> new Constant(c.name(), c.location(), c.comments(),
                type(c.type()), value(c.value(), c.type()))).toList();
    }

    private List<Enumerator> enumerators(AstEnum anEnum) {
        ValueTarget backing = ValueTarget.of(resolutions.backing(anEnum), anEnum.location());
        return anEnum.enumerators().stream().map((AstEnumerator e) -> new Enumerator(e.name(), e.location(),
                e.comments(), (ConstantValue.IntegralValue) converted(e.value(), Optional.of(backing)),
                e.valueWritten())).toList();
    }

    private TypeRef type(AstType type) {
        List<Integer> dimensions = types.dimensions(type).orElseThrow(Rejected::new);
        return new TypeRef(typeName(type), type.typeArguments().stream().map(this::type).toList(), type.arrayKind(),
                dimensions, annotations(type.annotations(), type.location()), type.location());
    }

    private TypeName typeName(AstType type) {
        return switch (resolutions.resolved(type)) {
            case Resolved.Builtin(BuiltinType builtin) -> builtin;
            case Resolved.Declared(DeclSymbol symbol) -> new DeclaredType(symbol.canonicalName(), symbol.kind(),
                    symbol.ast() instanceof AstEnum anEnum ? Optional.of(resolutions.backing(anEnum))
                            : Optional.empty());
        };
    }

    private ConstantValue value(AstExpr value, AstType type) {
        return converted(value, types.target(type));
    }

    private ConstantValue converted(AstExpr value, Optional<ValueTarget> target) {
        return target.flatMap(t -> converter.convert(value, t)).orElseThrow(Rejected::new);
    }

    private Annotations annotations(List<AstAnnotation> written, SourceLocation owner) {
        return annotations.check(written, owner).orElseThrow(Rejected::new);
    }
}
