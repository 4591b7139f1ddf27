package org.binder4j.aidl.java;

import static org.binder4j.aidl.java.InterfaceWriter.GET_INTERFACE_HASH;
import static org.binder4j.aidl.java.InterfaceWriter.GET_INTERFACE_VERSION;
import static org.binder4j.aidl.java.RuntimeNames.IBINDER;
import static org.binder4j.aidl.java.RuntimeNames.PARCEL;
import static org.binder4j.aidl.java.RuntimeNames.PERMISSION_ENFORCER;
import static org.binder4j.aidl.java.RuntimeNames.STRING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.Argument;
import org.binder4j.aidl.model.InterfaceDeclaration;
import org.binder4j.aidl.model.Method;
import org.binder4j.aidl.model.PermissionExpression;
import org.binder4j.aidl.model.TransactionIds;

/**
 * An interface's {@code Stub} (aidl.md §3.3): the binder implementations extend. {@code onTransact} checks the
 * interface token once for every user code, then per method reads the arguments in order, checks that nothing is
 * left, checks the required permission, calls the implementation and writes the exception header, the result and
 * the out arguments. Predefined codes go to {@link org.binder4j.Binder}.
 */
final class StubWriter {
    /** The constructor registers the object before a subclass is constructed, by design (as Android's does). */
    private static final String THIS_ESCAPE = "@java.lang.SuppressWarnings(\"this-escape\")";

    private final JavaContext context;
    private final InterfaceDeclaration anInterface;
    private final String type;

    StubWriter(JavaContext context, InterfaceDeclaration anInterface) {
        this.context = context;
        this.anInterface = anInterface;
        this.type = anInterface.name();
    }

    void write(JavaWriter out) {
        out.line("/** The service side: extend it and implement the methods; callers use {@link #asInterface}. */");
        out.open("public static abstract class Stub extends " + RuntimeNames.BINDER + " implements " + type);
        boolean enforces = Permissions.anyRequired(anInterface);
        if (enforces) {
            writePermissionConstructors(out);
        } else {
            out.line("/** Attaches this implementation to {@link #DESCRIPTOR}. */");
            out.line(THIS_ESCAPE);
            out.open("public Stub()");
            writeAttach(out);
            out.close();
        }
        out.blank();
        writeAsInterface(out);
        out.blank();
        out.line("@Override");
        out.open("public " + IBINDER + " asBinder()");
        out.line("return this;");
        out.close();
        out.blank();
        writeTransactionNames(out);
        if (hasTransactions()) {
            out.blank();
            writeOnTransact(out);
        }
        writeMetaImplementations(out);
        if (anInterface.annotations().has(AnnotationKind.JAVA_DEFAULT)) {
            out.blank();
            writeDefaultImpl(out);
        }
        out.blank();
        for (Method method : anInterface.methods()) {
            out.line("static final int " + transaction(method.name()) + " = FIRST_CALL_TRANSACTION + " + method.id()
                    + ";");
        }
        if (anInterface.version().isPresent()) {
            out.line("static final int " + transaction(GET_INTERFACE_VERSION) + " = FIRST_CALL_TRANSACTION + "
                    + TransactionIds.GET_INTERFACE_VERSION_ID + ";");
        }
        if (anInterface.hash().isPresent()) {
            out.line("static final int " + transaction(GET_INTERFACE_HASH) + " = FIRST_CALL_TRANSACTION + "
                    + TransactionIds.GET_INTERFACE_HASH_ID + ";");
        }
        if (enforces) {
            writePermissionLists(out);
        }
        out.blank();
        new ProxyWriter(anInterface).write(out);
        out.close();
    }

    static String transaction(String methodName) {
        return "TRANSACTION_" + methodName;
    }

    private void writeAttach(JavaWriter out) {
        if (anInterface.header().vintfStability()) {
            out.line("this.markVintfStability();");
        }
        out.line("this.attachInterface(this, DESCRIPTOR);");
    }

    private void writePermissionConstructors(JavaWriter out) {
        out.line("private final " + PERMISSION_ENFORCER + " mEnforcer;");
        out.blank();
        out.line("/** Attaches this implementation; permissions are checked by the process-wide enforcer. */");
        out.open("public Stub()");
        out.line("this(" + PERMISSION_ENFORCER + ".getDefault());");
        out.close();
        out.blank();
        out.line("/** Attaches this implementation; {@code enforcer} checks the permissions methods require. */");
        out.line(THIS_ESCAPE);
        out.open("public Stub(" + PERMISSION_ENFORCER + " enforcer)");
        writeAttach(out);
        out.line("this.mEnforcer = java.util.Objects.requireNonNull(enforcer, \"enforcer\");");
        out.close();
    }

    private void writeAsInterface(JavaWriter out) {
        out.line("/** The local implementation behind {@code obj}, or a proxy to the remote one; null for null. */");
        out.open("public static " + type + " asInterface(" + IBINDER + " obj)");
        out.open("if (obj == null)");
        out.line("return null;");
        out.close();
        out.line("return obj.queryLocalInterface(DESCRIPTOR) instanceof " + type + " local ? local : new Proxy(obj);");
        out.close();
    }

    private void writeTransactionNames(JavaWriter out) {
        out.line("/** The name of the method behind {@code transactionCode}, or null. */");
        out.open("public static " + STRING + " getDefaultTransactionName(int transactionCode)");
        out.open("return switch (transactionCode)");
        for (String name : transactionNames()) {
            out.line("case " + transaction(name) + " -> \"" + name + "\";");
        }
        out.line("default -> null;");
        out.close(";");
        out.close();
        out.blank();
        out.line("@Override");
        out.open("public " + STRING + " getTransactionName(int transactionCode)");
        out.line("return getDefaultTransactionName(transactionCode);");
        out.close();
    }

    private List<String> transactionNames() {
        List<String> names = new ArrayList<>();
        anInterface.methods().forEach(m -> names.add(m.name()));
        if (anInterface.version().isPresent()) {
            names.add(GET_INTERFACE_VERSION);
        }
        if (anInterface.hash().isPresent()) {
            names.add(GET_INTERFACE_HASH);
        }
        return names;
    }

    private boolean hasTransactions() {
        return !transactionNames().isEmpty();
    }

    private void writeOnTransact(JavaWriter out) {
        out.line("@Override");
        if (anInterface.methods().stream().anyMatch(StubWriter::readsUnchecked)) {
            out.line("@java.lang.SuppressWarnings(\"unchecked\")");
        }
        out.open("public boolean onTransact(int code, " + PARCEL + " data, " + PARCEL + " reply, int flags)"
                + Signatures.THROWS);
        out.open("if (code >= FIRST_CALL_TRANSACTION && code <= LAST_CALL_TRANSACTION)");
        out.line("data.enforceInterface(DESCRIPTOR);");
        out.close();
        out.open("switch (code)");
        for (Method method : anInterface.methods()) {
            writeCase(out, method);
        }
        if (anInterface.version().isPresent()) {
            writeMetaCase(out, GET_INTERFACE_VERSION, "writeInt");
        }
        if (anInterface.hash().isPresent()) {
            writeMetaCase(out, GET_INTERFACE_HASH, "writeString");
        }
        out.open("default ->");
        out.line("return super.onTransact(code, data, reply, flags);");
        out.close();
        out.close();
        out.line("return true;");
        out.close();
    }

    private void writeCase(JavaWriter out, Method method) {
        out.open("case " + transaction(method.name()) + " ->");
        if (method.arguments().stream().anyMatch(a -> a.direction().isIn() && Marshalling.needsClassLoader(a.type()))) {
            out.line(Marshalling.CLASS_LOADER_DECLARATION);
        }
        List<Argument> arguments = method.arguments();
        for (int i = 0; i < arguments.size(); i++) {
            Argument argument = arguments.get(i);
            String name = "_arg" + i;
            if (argument.direction().isIn()) {
                out.line(JavaTypes.of(argument.type()) + " " + name + " = "
                        + Marshalling.create(argument.type(), "data") + ";");
            } else {
                for (String line : Marshalling.outArgument(argument.type(), name, "data")) {
                    out.line(line);
                }
            }
        }
        if (!arguments.isEmpty() && context.enforcesNoDataAvail()) {
            out.line("data.enforceNoDataAvail();");
        }
        Permissions.required(anInterface, method).ifPresent(p -> out.line(enforcement(method, p)));
        String call = "this." + method.name() + "(" + argumentList(arguments.size()) + ");";
        boolean returns = !Signatures.returnsVoid(method);
        out.line(returns ? JavaTypes.of(method.returnType()) + " _result = " + call : call);
        if (!method.oneway()) {
            out.line("reply.writeNoException();");
            if (returns) {
                out.line(Marshalling.write(method.returnType(), "reply", "_result", RuntimeNames.WRITE_RETURN_VALUE));
            }
            for (int i = 0; i < arguments.size(); i++) {
                if (arguments.get(i).direction().isOut()) {
                    out.line(Marshalling.write(arguments.get(i).type(), "reply", "_arg" + i,
                            RuntimeNames.WRITE_RETURN_VALUE));
                }
            }
        }
        out.close();
    }

    /** Whether the method reads a generic parcelable (see {@link Marshalling#readsUnchecked}). */
    static boolean readsUnchecked(Method method) {
        return Marshalling.readsUnchecked(method.returnType())
                || method.arguments().stream().anyMatch(a -> Marshalling.readsUnchecked(a.type()));
    }

    private static String argumentList(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("_arg" + i);
        }
        return String.join(", ", names);
    }

    private static String enforcement(Method method, PermissionExpression permission) {
        return switch (permission) {
            case PermissionExpression.Single single ->
                    "mEnforcer.enforce(" + ConstantLiterals.string(single.permission()) + ");";
            case PermissionExpression.AnyOf anyOf -> "mEnforcer.enforceAnyOf(" + permissionList(method) + ");";
            case PermissionExpression.AllOf allOf -> "mEnforcer.enforceAllOf(" + permissionList(method) + ");";
        };
    }

    private static String permissionList(Method method) {
        return "PERMISSIONS_" + method.name();
    }

    /** The permission lists of anyOf/allOf checks, as constants so that a check allocates nothing. */
    private void writePermissionLists(JavaWriter out) {
        for (Method method : anInterface.methods()) {
            Optional<List<String>> list = Permissions.required(anInterface, method).flatMap(p -> switch (p) {
                case PermissionExpression.Single single -> Optional.empty();
                case PermissionExpression.AnyOf anyOf -> Optional.of(anyOf.permissions());
                case PermissionExpression.AllOf allOf -> Optional.of(allOf.permissions());
            });
            list.ifPresent(permissions -> out.line("private static final " + STRING + "[] " + permissionList(method)
                    + " = " + permissions.stream().map(ConstantLiterals::string).collect(
                            Collectors.joining(", ", "{", "}")) + ";"));
        }
    }

    private static void writeMetaCase(JavaWriter out, String method, String write) {
        out.open("case " + transaction(method) + " ->");
        out.line("reply.writeNoException();");
        out.line("reply." + write + "(this." + method + "());");
        out.close();
    }

    /** The stub answers the meta methods with the values it was generated with. */
    private void writeMetaImplementations(JavaWriter out) {
        if (anInterface.version().isPresent()) {
            out.blank();
            out.line("@Override");
            out.open("public int " + GET_INTERFACE_VERSION + "()");
            out.line("return VERSION;");
            out.close();
        }
        if (anInterface.hash().isPresent()) {
            out.blank();
            out.line("@Override");
            out.open("public " + STRING + " " + GET_INTERFACE_HASH + "()");
            out.line("return HASH;");
            out.close();
        }
    }

    private void writeDefaultImpl(JavaWriter out) {
        out.line("private static volatile " + type + " sDefaultImpl;");
        out.blank();
        out.line("/**");
        out.line(" * Sets the implementation proxies fall back to when the remote object does not know a method");
        out.line(" * ({@code @JavaDefault}); null is ignored.");
        out.line(" *");
        out.line(" * @return whether {@code impl} was set");
        out.line(" * @throws IllegalStateException if one was set before");
        out.line(" */");
        out.open("public static synchronized boolean setDefaultImpl(" + type + " impl)");
        out.open("if (sDefaultImpl != null)");
        out.line("throw new java.lang.IllegalStateException(\"setDefaultImpl() called twice\");");
        out.close();
        out.open("if (impl == null)");
        out.line("return false;");
        out.close();
        out.line("sDefaultImpl = impl;");
        out.line("return true;");
        out.close();
        out.blank();
        out.line("/** The implementation set by {@link #setDefaultImpl}, or null. */");
        out.open("public static " + type + " getDefaultImpl()");
        out.line("return sDefaultImpl;");
        out.close();
    }
}
