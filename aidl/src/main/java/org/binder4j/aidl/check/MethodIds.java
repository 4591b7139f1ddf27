package org.binder4j.aidl.check;

import java.util.HashSet;
import java.util.Set;
import org.binder4j.aidl.ast.AstMethod;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.TransactionIds;

/**
 * Assigns transaction ids to the methods of every loaded interface: 0, 1, 2... in declaration order, or the ids
 * written ({@code = N}), which must then be written for every method, be unique and lie in
 * {@link TransactionIds#MIN_USER_ID}..{@link TransactionIds#MAX_USER_ID}. The meta transactions of
 * {@code --version}/{@code --hash} have fixed ids above that range.
 */
final class MethodIds {
    private final Resolutions resolutions;
    private final Diagnostics diagnostics;

    private MethodIds(Resolutions resolutions, Diagnostics diagnostics) {
        this.resolutions = resolutions;
        this.diagnostics = diagnostics;
    }

    static void assign(SymbolTable symbols, Resolutions resolutions, Diagnostics diagnostics) {
        MethodIds ids = new MethodIds(resolutions, diagnostics);
        symbols.all().forEach(ids::assign);
    }

    /** Stops at the first problem of an interface, as AOSP does. */
    private void assign(DeclSymbol symbol) {
        boolean explicit = false;
        boolean implicit = false;
        int next = TransactionIds.MIN_USER_ID;
        Set<Integer> used = new HashSet<>();
        for (AstMethod method : symbol.ast().methods()) {
            explicit |= method.explicitId().isPresent();
            implicit |= method.explicitId().isEmpty();
            int id = method.explicitId().isPresent() ? method.explicitId().getAsInt() : next++;
            if (explicit && implicit) {
                fail(DiagnosticCode.MIXED_METHOD_IDS, method,
                        "You must either assign id's to all methods or to none of them.");
                return;
            }
            if (!used.add(id)) {
                fail(DiagnosticCode.DUPLICATE_METHOD_ID, method,
                        "Found duplicate method id (" + id + ") for method " + method.name());
                return;
            }
            if (id < TransactionIds.MIN_USER_ID || id > TransactionIds.MAX_USER_ID) {
                fail(DiagnosticCode.METHOD_ID_OUT_OF_RANGE, method, "Found out of bounds id (" + id + ") for method "
                        + method.name() + ". Value for id must be between " + TransactionIds.MIN_USER_ID + " and "
                        + TransactionIds.MAX_USER_ID + " inclusive.");
                return;
            }
            resolutions.assignId(method, id);
        }
    }

    private void fail(DiagnosticCode code, AstMethod method, String message) {
        diagnostics.error(code, method.location(), message);
    }
}
