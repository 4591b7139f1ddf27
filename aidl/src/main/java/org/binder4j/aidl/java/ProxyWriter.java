package org.binder4j.aidl.java;

import static org.binder4j.aidl.java.InterfaceWriter.GET_INTERFACE_HASH;
import static org.binder4j.aidl.java.InterfaceWriter.GET_INTERFACE_VERSION;
import static org.binder4j.aidl.java.RuntimeNames.IBINDER;
import static org.binder4j.aidl.java.RuntimeNames.PARCEL;
import static org.binder4j.aidl.java.RuntimeNames.STRING;

import java.util.ArrayList;
import java.util.List;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.Argument;
import org.binder4j.aidl.model.InterfaceDeclaration;
import org.binder4j.aidl.model.Method;

/**
 * The client side of an interface (aidl.md §3.4): each method writes the interface token and its in arguments (the
 * length of a pure out array), transacts, reads the exception header, the result and the out arguments back into
 * the caller's objects. Versioned interfaces ask the remote version and hash once and report unknown methods;
 * {@code @JavaDefault} interfaces fall back to the default implementation.
 */
final class ProxyWriter {
    private final InterfaceDeclaration anInterface;
    private final String type;

    ProxyWriter(InterfaceDeclaration anInterface) {
        this.anInterface = anInterface;
        this.type = anInterface.name();
    }

    void write(JavaWriter out) {
        out.open("private static class Proxy implements " + type);
        out.line("private final " + IBINDER + " mRemote;");
        if (anInterface.version().isPresent()) {
            out.line("private int mCachedVersion = -1;");
        }
        if (anInterface.hash().isPresent()) {
            out.line("private " + STRING + " mCachedHash = \"-1\";");
        }
        out.blank();
        out.open("Proxy(" + IBINDER + " remote)");
        out.line("mRemote = remote;");
        out.close();
        out.blank();
        out.line("@Override");
        out.open("public " + IBINDER + " asBinder()");
        out.line("return mRemote;");
        out.close();
        out.blank();
        out.open("public " + STRING + " getInterfaceDescriptor()");
        out.line("return DESCRIPTOR;");
        out.close();
        for (Method method : anInterface.methods()) {
            out.blank();
            writeMethod(out, method);
        }
        if (anInterface.version().isPresent()) {
            out.blank();
            writeVersion(out);
        }
        if (anInterface.hash().isPresent()) {
            out.blank();
            writeHash(out);
        }
        out.close();
    }

    private void writeMethod(JavaWriter out, Method method) {
        boolean oneway = method.oneway();
        boolean sensitive = anInterface.annotations().has(AnnotationKind.SENSITIVE_DATA);
        out.line("@Override");
        if (StubWriter.readsUnchecked(method)) {
            out.line("@java.lang.SuppressWarnings(\"unchecked\")");
        }
        out.open("public " + Signatures.declaration(method));
        out.line(PARCEL + " _data = " + PARCEL + ".obtain();");
        if (sensitive) {
            out.line("_data.markSensitive();");
        }
        if (!oneway) {
            out.line(PARCEL + " _reply = " + PARCEL + ".obtain();");
        }
        out.open("try");
        if (!oneway && (Marshalling.needsClassLoader(method.returnType()) || method.arguments().stream()
                .anyMatch(a -> a.direction().isOut() && Marshalling.needsClassLoader(a.type())))) {
            out.line(Marshalling.CLASS_LOADER_DECLARATION);
        }
        out.line("_data.writeInterfaceToken(DESCRIPTOR);");
        for (Argument argument : method.arguments()) {
            if (argument.direction().isIn()) {
                out.line(Marshalling.write(argument.type(), "_data", argument.name(), "0"));
            } else {
                String length = Marshalling.outArgumentLength(argument.type(), "_data", argument.name());
                if (length != null) {
                    out.line(length);
                }
            }
        }
        String transact = "mRemote.transact(Stub." + StubWriter.transaction(method.name()) + ", _data, "
                + (oneway ? "null" : "_reply") + ", " + flags(oneway, sensitive) + ");";
        boolean javaDefault = anInterface.annotations().has(AnnotationKind.JAVA_DEFAULT);
        boolean versioned = anInterface.version().isPresent();
        if (versioned) {
            out.line("boolean _status = " + transact);
            out.open("if (!_status)");
            if (javaDefault) {
                out.open("if (Stub.getDefaultImpl() != null)");
                writeDefaultCall(out, method);
                out.close();
            }
            out.line("throw new " + RuntimeNames.REMOTE_EXCEPTION + "(\"Method " + method.name()
                    + " is unimplemented.\");");
            out.close();
        } else if (javaDefault) {
            out.line("boolean _status = " + transact);
            out.open("if (!_status && Stub.getDefaultImpl() != null)");
            writeDefaultCall(out, method);
            out.close();
        } else {
            out.line(transact);
        }
        if (!oneway) {
            writeReply(out, method);
        }
        out.next("finally");
        if (!oneway) {
            out.line("_reply.recycle();");
        }
        out.line("_data.recycle();");
        out.close();
        out.close();
    }

    private static void writeDefaultCall(JavaWriter out, Method method) {
        String call = "Stub.getDefaultImpl()." + method.name() + "(" + Signatures.argumentNames(method) + ");";
        if (Signatures.returnsVoid(method)) {
            out.line(call);
            out.line("return;");
        } else {
            out.line("return " + call);
        }
    }

    /** Reads the exception header, the result and the out arguments, in that order. */
    private static void writeReply(JavaWriter out, Method method) {
        out.line("_reply.readException();");
        List<Argument> outArguments = method.arguments().stream().filter(a -> a.direction().isOut()).toList();
        boolean returns = !Signatures.returnsVoid(method);
        String result = returns ? Marshalling.create(method.returnType(), "_reply") : null;
        if (returns && outArguments.isEmpty()) {
            out.line("return " + result + ";");
            return;
        }
        if (returns) {
            out.line(JavaTypes.of(method.returnType()) + " _result = " + result + ";");
        }
        outArguments.forEach(a -> out.line(Marshalling.readInto(a.type(), "_reply", a.name())));
        if (returns) {
            out.line("return _result;");
        }
    }

    private static String flags(boolean oneway, boolean sensitive) {
        List<String> flags = new ArrayList<>();
        if (oneway) {
            flags.add(IBINDER + ".FLAG_ONEWAY");
        }
        if (sensitive) {
            flags.add(IBINDER + ".FLAG_CLEAR_BUF");
        }
        return flags.isEmpty() ? "0" : String.join(" | ", flags);
    }

    private void writeVersion(JavaWriter out) {
        out.line("@Override");
        out.open("public int " + GET_INTERFACE_VERSION + "()" + Signatures.THROWS);
        out.open("if (mCachedVersion == -1)");
        writeMetaCall(out, GET_INTERFACE_VERSION, "mCachedVersion = _reply.readInt();");
        out.close();
        out.line("return mCachedVersion;");
        out.close();
    }

    private void writeHash(JavaWriter out) {
        out.line("@Override");
        out.open("public synchronized " + STRING + " " + GET_INTERFACE_HASH + "()" + Signatures.THROWS);
        out.open("if (\"-1\".equals(mCachedHash))");
        writeMetaCall(out, GET_INTERFACE_HASH, "mCachedHash = _reply.readString();");
        out.close();
        out.line("return mCachedHash;");
        out.close();
    }

    private static void writeMetaCall(JavaWriter out, String method, String store) {
        out.line(PARCEL + " _data = " + PARCEL + ".obtain();");
        out.line(PARCEL + " _reply = " + PARCEL + ".obtain();");
        out.open("try");
        out.line("_data.writeInterfaceToken(DESCRIPTOR);");
        out.line("mRemote.transact(Stub." + StubWriter.transaction(method) + ", _data, _reply, 0);");
        out.line("_reply.readException();");
        out.line(store);
        out.next("finally");
        out.line("_reply.recycle();");
        out.line("_data.recycle();");
        out.close();
    }
}
