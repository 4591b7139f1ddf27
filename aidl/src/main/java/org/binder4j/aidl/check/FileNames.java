package org.binder4j.aidl.check;

import java.nio.file.Path;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;

/**
 * The file of a single declaration must sit at {@code <package as directories>/<Name>.aidl} (for {@code Outer.Inner}
 * only {@code Outer} counts), compared case-sensitively.
 */
final class FileNames {
    private FileNames() {}

    static void check(DeclSymbol symbol, String file, Diagnostics diagnostics) {
        String packageName = symbol.document().packageName();
        String name = symbol.name();
        int dot = name.indexOf('.');
        String expected = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/")
                + (dot < 0 ? name : name.substring(0, dot)) + ".aidl";
        String actual = Path.of(file).toAbsolutePath().normalize().toString();
        if (!actual.equals(expected) && !actual.endsWith("/" + expected)) {
            diagnostics.error(DiagnosticCode.MISNAMED_FILE, symbol.location(),
                    name + " should be declared in a file called " + expected);
        }
    }
}
