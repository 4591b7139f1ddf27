package org.binder4j.aidl.java;

import java.util.List;
import org.binder4j.aidl.model.Constant;
import org.binder4j.aidl.model.EnumDeclaration;
import org.binder4j.aidl.model.InterfaceDeclaration;
import org.binder4j.aidl.model.ParcelableDeclaration;
import org.binder4j.aidl.model.TypeDeclaration;
import org.binder4j.aidl.model.UnionDeclaration;
import org.binder4j.aidl.model.UnstructuredParcelableDeclaration;

/** Writes a declaration of any kind, its constants and its nested declarations, which become nested Java types. */
final class DeclarationWriter {
    private final JavaContext context;

    DeclarationWriter(JavaContext context) {
        this.context = context;
    }

    JavaContext context() {
        return context;
    }

    void write(JavaWriter out, TypeDeclaration declaration, boolean nested) {
        switch (declaration) {
            case InterfaceDeclaration anInterface -> new InterfaceWriter(this).write(out, anInterface);
            case ParcelableDeclaration parcelable -> new ParcelableWriter(this).write(out, parcelable, nested);
            case UnionDeclaration union -> new UnionWriter(this).write(out, union, nested);
            case EnumDeclaration anEnum -> EnumWriter.write(out, anEnum);
            case UnstructuredParcelableDeclaration unstructured ->
                    throw new IllegalArgumentException(unstructured.canonicalName()
                            + " is written by hand: there is no code to generate");
        }
    }

    /** The nested declarations, each after an empty line. */
    void writeNested(JavaWriter out, List<TypeDeclaration> nested) {
        for (TypeDeclaration declaration : nested) {
            out.blank();
            write(out, declaration, true);
        }
    }

    /** AIDL constants as {@code public static final} fields, each after an empty line. */
    void constants(JavaWriter out, List<Constant> constants) {
        for (Constant constant : constants) {
            out.blank();
            Docs.preamble(out, constant.comments(), constant.type().annotations());
            out.line("public static final " + JavaTypes.of(constant.type()) + " " + constant.name() + " = "
                    + ConstantLiterals.initializer(constant.value()) + ";");
        }
    }
}
