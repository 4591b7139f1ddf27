package org.binder4j.aidl.check;

import java.util.Set;

/** Names the generated Java cannot use. */
final class JavaNames {
    /** Java's keywords and literals. */
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null");
    /** The classes the Java backend nests in an interface. */
    static final Set<String> GENERATED_INTERFACE_CLASSES = Set.of("Stub", "Default", "Proxy", "Delegator");
    /** The locals of a generated Proxy method. */
    static final Set<String> PROXY_LOCALS = Set.of("_data", "_reply", "_result", "_status");

    private JavaNames() {}

    static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }
}
