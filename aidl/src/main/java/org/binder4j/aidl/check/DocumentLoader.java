package org.binder4j.aidl.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.binder4j.aidl.ast.AstDocument;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.parse.Parser;
import org.binder4j.aidl.source.SourceLocation;

/** Reads, parses and registers files, once each: a file reached again (a cyclic import) is the same document. */
final class DocumentLoader {
    private final SymbolTable symbols;
    private final Diagnostics diagnostics;

    DocumentLoader(SymbolTable symbols, Diagnostics diagnostics) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
    }

    /** The document of {@code file} (named in diagnostics as given); empty, with errors reported, if it is invalid. */
    Optional<LoadedDocument> load(Path file) {
        Path identity = file.toAbsolutePath().normalize();
        Optional<LoadedDocument> known = symbols.document(identity);
        if (known.isPresent()) {
            return known;
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return unreadable(file, "no such file");
        } catch (IOException | RuntimeException e) {
            return unreadable(file, e.toString());
        }
        Optional<AstDocument> ast = Parser.parse(file.toString(), text, diagnostics);
        if (ast.isEmpty()) {
            return Optional.empty();
        }
        LoadedDocument document = new LoadedDocument(identity, ast.get());
        return symbols.register(document) ? Optional.of(document) : Optional.empty();
    }

    private Optional<LoadedDocument> unreadable(Path file, String reason) {
        diagnostics.error(DiagnosticCode.FILE_UNREADABLE, SourceLocation.ofFile(file.toString()),
                "Error while opening file for parsing: " + reason);
        return Optional.empty();
    }
}
