package org.binder4j.aidl.java;

import org.binder4j.aidl.model.Annotations;
import org.binder4j.aidl.source.Comment;
import org.binder4j.aidl.source.Comments;

/**
 * What precedes a generated declaration: the comments written before it in the AIDL file, re-indented; then
 * {@code @Deprecated} when the comment that counts says {@code @deprecated}; then the {@code @JavaPassthrough}
 * annotations, verbatim.
 */
final class Docs {
    private Docs() {}

    static void preamble(JavaWriter out, Comments comments, Annotations annotations) {
        comments(out, comments);
        if (comments.isDeprecated()) {
            out.line("@java.lang.Deprecated");
        }
        annotations.javaPassthrough().forEach(out::line);
    }

    private static void comments(JavaWriter out, Comments comments) {
        for (Comment comment : comments.list()) {
            if (!comment.isBlock()) {
                out.line(comment.body().stripTrailing());
                continue;
            }
            String[] lines = comment.body().split("\n", -1);
            out.line(lines[0].strip());
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                out.line(line.startsWith("*") ? " " + line : line);
            }
        }
    }

    /** A parameter's Java annotations (its type's {@code @JavaPassthrough}), each followed by a space. */
    static String parameterAnnotations(Annotations annotations) {
        StringBuilder text = new StringBuilder();
        annotations.javaPassthrough().forEach(a -> text.append(a).append(' '));
        return text.toString();
    }
}
