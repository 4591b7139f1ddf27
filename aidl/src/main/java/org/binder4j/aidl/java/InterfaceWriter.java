package org.binder4j.aidl.java;

import static org.binder4j.aidl.java.RuntimeNames.IBINDER;
import static org.binder4j.aidl.java.RuntimeNames.STRING;

import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.InterfaceDeclaration;
import org.binder4j.aidl.model.Method;

/**
 * An AIDL interface as a Java interface (aidl.md §3.2): the version constants, {@code Default}, {@code Delegator},
 * {@code Stub} with its {@code Proxy}, {@code DESCRIPTOR}, the constants, the methods and the nested types.
 */
final class InterfaceWriter {
    static final String GET_INTERFACE_VERSION = "getInterfaceVersion";
    static final String GET_INTERFACE_HASH = "getInterfaceHash";

    private final DeclarationWriter declarations;

    InterfaceWriter(DeclarationWriter declarations) {
        this.declarations = declarations;
    }

    void write(JavaWriter out, InterfaceDeclaration anInterface) {
        String type = anInterface.name();
        Docs.preamble(out, anInterface.comments(), anInterface.annotations());
        out.open("public interface " + anInterface.name() + " extends " + RuntimeNames.IINTERFACE);
        if (anInterface.version().isPresent()) {
            out.line("/** The version of this interface the code was generated for ({@code --version}). */");
            out.line("public static final int VERSION = " + anInterface.version().getAsInt() + ";");
        }
        if (anInterface.hash().isPresent()) {
            out.line("/** The hash of this version of the interface ({@code --hash}). */");
            out.line("public static final " + STRING + " HASH = " + ConstantLiterals.string(anInterface.hash().get())
                    + ";");
        }
        out.blank();
        writeDefault(out, anInterface, type);
        if (anInterface.annotations().has(AnnotationKind.JAVA_DELEGATOR)) {
            out.blank();
            writeDelegator(out, anInterface, type);
        }
        out.blank();
        new StubWriter(declarations.context(), anInterface).write(out);
        out.blank();
        out.line("/** The interface token: every call carries it, and {@code Stub.asInterface} looks it up. */");
        out.line("public static final " + STRING + " DESCRIPTOR = " + ConstantLiterals.string(anInterface.descriptor())
                + ";");
        declarations.constants(out, anInterface.constants());
        for (Method method : anInterface.methods()) {
            out.blank();
            Docs.preamble(out, method.comments(), method.annotations());
            out.line("public " + Signatures.annotatedDeclaration(method) + ";");
        }
        if (anInterface.version().isPresent()) {
            out.blank();
            out.line("/** The version of the interface the implementation was built for; a proxy asks it once. */");
            out.line("public int " + GET_INTERFACE_VERSION + "()" + Signatures.THROWS + ";");
        }
        if (anInterface.hash().isPresent()) {
            out.blank();
            out.line("/** The hash of the interface the implementation was built for; a proxy asks it once. */");
            out.line("public " + STRING + " " + GET_INTERFACE_HASH + "()" + Signatures.THROWS + ";");
        }
        declarations.writeNested(out, anInterface.nestedTypes());
        out.close();
    }

    private static void writeDefault(JavaWriter out, InterfaceDeclaration anInterface, String type) {
        out.line("/** An implementation that does nothing: every method returns null, 0 or false. */");
        out.open("public static class Default implements " + type);
        for (Method method : anInterface.methods()) {
            out.blank();
            out.line("@Override");
            out.open("public " + Signatures.declaration(method));
            if (!Signatures.returnsVoid(method)) {
                out.line("return " + JavaTypes.zero(method.returnType()) + ";");
            }
            out.close();
        }
        if (anInterface.version().isPresent()) {
            out.blank();
            out.line("@Override");
            out.open("public int " + GET_INTERFACE_VERSION + "()");
            out.line("return 0;");
            out.close();
        }
        if (anInterface.hash().isPresent()) {
            out.blank();
            out.line("@Override");
            out.open("public " + STRING + " " + GET_INTERFACE_HASH + "()");
            out.line("return \"\";");
            out.close();
        }
        out.blank();
        out.line("@Override");
        out.open("public " + IBINDER + " asBinder()");
        out.line("return null;");
        out.close();
        out.close();
    }

    private static void writeDelegator(JavaWriter out, InterfaceDeclaration anInterface, String type) {
        out.line("/** A stub that forwards every call to another implementation ({@code @JavaDelegator}). */");
        out.open("public static class Delegator extends Stub");
        out.line("private final " + type + " mImpl;");
        out.blank();
        out.open("public Delegator(" + type + " impl)");
        out.line("this.mImpl = java.util.Objects.requireNonNull(impl, \"impl\");");
        out.close();
        out.blank();
        out.line("/** The implementation calls are forwarded to. */");
        out.open("public " + type + " getImpl()");
        out.line("return mImpl;");
        out.close();
        for (Method method : anInterface.methods()) {
            out.blank();
            out.line("@Override");
            out.open("public " + Signatures.declaration(method));
            String call = "mImpl." + method.name() + "(" + Signatures.argumentNames(method) + ");";
            out.line(Signatures.returnsVoid(method) ? call : "return " + call);
            out.close();
        }
        if (anInterface.version().isPresent()) {
            out.blank();
            out.line("/** The lower of this interface's version and the implementation's. */");
            out.line("@Override");
            out.open("public int " + GET_INTERFACE_VERSION + "()" + Signatures.THROWS);
            out.line("return java.lang.Math.min(VERSION, mImpl." + GET_INTERFACE_VERSION + "());");
            out.close();
        }
        if (anInterface.hash().isPresent()) {
            out.blank();
            out.line("@Override");
            out.open("public " + STRING + " " + GET_INTERFACE_HASH + "()" + Signatures.THROWS);
            out.line("return mImpl." + GET_INTERFACE_HASH + "();");
            out.close();
        }
        out.close();
    }
}
