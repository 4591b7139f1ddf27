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
    private MethodIds() {}

    static void assign(SymbolTable symbols, Resolutions resolutions, Diagnostics diagnostics) {
        for (DeclSymbol symbol : symbols.all()) {
            boolean explicit = false;
            boolean implicit = false;
            int next = TransactionIds.MIN_USER_ID;
            Set<Integer> used = new HashSet<>();
            for (AstMethod method : symbol.ast().methods()) {
                int id;
                if (method.explicitId().isPresent()) {
                    explicit = true;
                    id = method.explicitId().getAsInt();
                } else {
                    implicit = true;
                    id = next++;
                }
                if (explicit && implicit) {
                    diagnostics.error(DiagnosticCode.MIXED_METHOD_IDS, method.location(),
                            "You must either assign id's to all methods or to none of them.");
                    break;
                }
                if (!used.add(id)) {
                    diagnostics.error(DiagnosticCode.DUPLICATE_METHOD_ID, method.location(),
                            "Found duplicate method id (" + id + ") for method " + method.name());
                    break;
                }
                if (id < TransactionIds.MIN_USER_ID || id > TransactionIds.MAX_USER_ID) {
                    diagnostics.error(DiagnosticCode.METHOD_ID_OUT_OF_RANGE, method.location(), "Found out of bounds id ("
                            + id + ") for method " + method.name() + ". Value for id must be between "
                            + TransactionIds.MIN_USER_ID + " and " + TransactionIds.MAX_USER_ID + " inclusive.");
                    break;
                }
                resolutions.assignId(method, id);
            }
        }
    }
}
