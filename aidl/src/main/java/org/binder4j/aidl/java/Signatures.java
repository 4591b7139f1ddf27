package org.binder4j.aidl.java;

import java.util.stream.Collectors;
import org.binder4j.aidl.model.Argument;
import org.binder4j.aidl.model.Method;

/** How an AIDL method is declared and called in Java. */
final class Signatures {
    static final String THROWS = " throws " + RuntimeNames.REMOTE_EXCEPTION;

    private Signatures() {}

    /** {@code int[] reverseInts(int[] input, int[] reversed) throws RemoteException}, without modifiers. */
    static String declaration(Method method) {
        return declaration(method, false);
    }

    /** The declaration with the parameters' {@code @JavaPassthrough} annotations. */
    static String annotatedDeclaration(Method method) {
        return declaration(method, true);
    }

    /** The arguments passed on: {@code input, reversed}. */
    static String argumentNames(Method method) {
        return method.arguments().stream().map(Argument::name).collect(Collectors.joining(", "));
    }

    static boolean returnsVoid(Method method) {
        return JavaTypes.of(method.returnType()).equals("void");
    }

    private static String declaration(Method method, boolean annotated) {
        String parameters = method.arguments().stream()
                .map(a -> (annotated ? Docs.parameterAnnotations(a.type().annotations()) : "")
                        + JavaTypes.of(a.type()) + " " + a.name())
                .collect(Collectors.joining(", "));
        return JavaTypes.of(method.returnType()) + " " + method.name() + "(" + parameters + ")" + THROWS;
    }
}
