package org.binder4j.aidl.check;

import org.binder4j.aidl.ast.AstExpr;

/**
 * What a constant reference names: a constant or an enumerator, with the declaration that holds it.
 *
 * @param value the expression of its value
 */
record ConstantTarget(DeclSymbol owner, String name, AstExpr value, boolean isEnumerator) {}
