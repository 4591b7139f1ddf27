package org.binder4j.aidl.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.binder4j.aidl.ast.AstDocument;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.model.Stability;

/**
 * One run of the front end over one input file, in AOSP's pipeline order. A phase that reports errors ends the run
 * (later phases rely on what it establishes); within a phase, independent problems are all reported.
 */
final class Compilation {
    private final FrontEndOptions options;
    private final Diagnostics diagnostics;
    private final SymbolTable symbols;
    private final DocumentLoader loader;
    private final ImportResolver imports;
    private final Resolutions resolutions = new Resolutions();
    private final AnnotationChecker annotations;
    private final TypeChecker types;
    private final ValueConverter converter;
    private final DeclarationChecker declarations;

    Compilation(FrontEndOptions options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.symbols = new SymbolTable(diagnostics);
        this.loader = new DocumentLoader(symbols, diagnostics);
        this.imports = new ImportResolver(options.includeDirs(), diagnostics);
        ConstantEvaluator evaluator = new ConstantEvaluator(resolutions, diagnostics);
        this.converter = new ValueConverter(evaluator, diagnostics);
        this.annotations = new AnnotationChecker(converter, diagnostics);
        this.types = new TypeChecker(resolutions, annotations, evaluator, diagnostics);
        InterfaceChecker interfaces = new InterfaceChecker(resolutions, types, diagnostics);
        this.declarations = new DeclarationChecker(resolutions, annotations, types, converter, interfaces,
                diagnostics);
    }

    Optional<AidlModel> run(Path file) {
        Optional<LoadedDocument> loaded = loader.load(file);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        LoadedDocument main = loaded.get();
        List<BooleanSupplier> phases = List.of(
                () -> phase(() -> countTypes(main)),
                () -> phase(() -> loadImports(main)),
                () -> phase(() -> new TypeResolver(symbols, loader, imports, resolutions, diagnostics).resolve(main)),
                () -> phase(() -> new ConstantReferenceResolver(resolutions, diagnostics)
                        .resolve(resolutions.resolvedDocuments())),
                () -> phase(() -> RecursionChecker.check(main, resolutions, diagnostics)),
                () -> phase(() -> EnumBackings.assign(symbols, annotations, resolutions, diagnostics)),
                () -> phase(() -> validate(main)),
                () -> phase(() -> MethodIds.assign(symbols, resolutions, diagnostics)),
                () -> phase(() -> SdkChecker.check(main, options.minSdkVersion(), resolutions, diagnostics)),
                () -> phase(() -> PlacementChecker.check(main, diagnostics)),
                () -> phase(() -> StabilityChecker.check(symbols, options, diagnostics)));
        for (BooleanSupplier phase : phases) {
            if (!phase.getAsBoolean()) {
                return Optional.empty();
            }
        }
        return new ModelBuilder(resolutions, types, annotations, converter, options, diagnostics).build(main);
    }

    private boolean phase(Runnable body) {
        body.run();
        return !diagnostics.hasErrors();
    }

    /** One interface, parcelable, union or enum per file; any number of hand-written parcelables. */
    private void countTypes(LoadedDocument main) {
        main.topLevel().stream()
                .filter(symbol -> symbol.kind() != DeclarationKind.UNSTRUCTURED_PARCELABLE)
                .skip(1)
                .findFirst()
                .ifPresent(second -> diagnostics.error(DiagnosticCode.MULTIPLE_TYPES_IN_FILE, second.location(),
                        "You must declare only one type per file."));
    }

    /** Loads every import of the input file, used or not, except those naming built-in or framework types. */
    private void loadImports(LoadedDocument main) {
        for (AstDocument.Import anImport : main.ast().imports()) {
            if (ImportRules.isIgnorable(anImport.name()) || symbols.lookup(anImport.name()).isPresent()) {
                continue;
            }
            Optional<Path> file = imports.find(anImport.name(), anImport.location());
            if (file.isEmpty()) {
                diagnostics.error(DiagnosticCode.IMPORT_NOT_FOUND, anImport.location(),
                        "Couldn't find import for class " + anImport.name());
            } else if (loader.load(file.get()).isEmpty()) {
                diagnostics.error(DiagnosticCode.IMPORT_FAILED, anImport.location(),
                        "error while importing " + file.get() + " for " + anImport.name());
            }
        }
    }

    /** Per top-level declaration of the input file: file name, validity, stability flags. */
    private void validate(LoadedDocument main) {
        List<DeclSymbol> topLevel = main.topLevel();
        for (DeclSymbol symbol : topLevel) {
            if (topLevel.size() == 1) {
                FileNames.check(symbol, main.ast().file(), diagnostics);
            }
            declarations.check(symbol);
            if (options.structured() && symbol.kind() == DeclarationKind.UNSTRUCTURED_PARCELABLE
                    && !symbol.has(AnnotationKind.JAVA_ONLY_STABLE_PARCELABLE)) {
                diagnostics.error(DiagnosticCode.UNSTRUCTURED_IN_STRUCTURED, symbol.location(), "Cannot declare "
                        + "unstructured parcelable in a --structured interface. Parcelable must be defined in AIDL "
                        + "directly.");
            }
            if (symbol.isVintfStable()) {
                if (options.stability() != Stability.VINTF) {
                    diagnostics.error(DiagnosticCode.VINTF_FLAGS_MISSING, symbol.location(),
                            "Must compile @VintfStability type w/ aidl_interface 'stability: \"vintf\"'");
                }
                if (!options.structured()) {
                    diagnostics.error(DiagnosticCode.VINTF_FLAGS_MISSING, symbol.location(),
                            "Must compile @VintfStability type w/ aidl_interface --structured");
                }
            }
        }
    }
}
