package org.binder4j.aidl.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The comments written before a declaration, in source order. The generator copies them into the Java output; two
 * tags carry meaning, as in AOSP: {@code @hide} and {@code @deprecated <note>}. A tag counts only in the last comment
 * before the declaration and only when that comment is a block comment, so a {@code //} comment, or a block comment
 * followed by another comment, does not deprecate or hide anything.
 */
public record Comments(List<Comment> list) {
    public static final Comments NONE = new Comments(List.of());

    private static final Pattern HIDE_TAG = Pattern.compile("@hide\\b");
    private static final String DEPRECATED_TAG = "@deprecated";

    public Comments {
        list = List.copyOf(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** Whether the comment that counts carries {@code @hide}. */
    public boolean isHidden() {
        return tagComment().map(c -> HIDE_TAG.matcher(c.body()).find()).orElse(false);
    }

    /** Whether the comment that counts carries {@code @deprecated}. */
    public boolean isDeprecated() {
        return deprecation().isPresent();
    }

    /** The note after the first {@code @deprecated} tag (possibly empty), if the declaration is deprecated. */
    public Optional<String> deprecation() {
        return tagComment().flatMap(c -> BlockTags.of(c).stream()
                .filter(t -> t.name().equals(DEPRECATED_TAG))
                .map(BlockTags.Tag::description)
                .findFirst());
    }

    /** The lines of a comment without its delimiters and leading asterisks; leading and trailing blank lines go. */
    public static List<String> trimmedLines(Comment comment) {
        if (!comment.isBlock()) {
            String text = comment.body().substring(2);
            return List.of(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        }
        String inner = comment.body().substring(2, comment.body().length() - 2);
        List<String> lines = new ArrayList<>();
        for (String line : inner.split("\n", -1)) {
            int at = 0;
            while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
                at++;
            }
            if (at < line.length() && line.charAt(at) == '*') {
                at++;
            }
            if (at < line.length() && line.charAt(at) == ' ') {
                at++;
            }
            String text = line.substring(at).stripTrailing();
            if (lines.isEmpty() && text.isEmpty()) {
                continue;
            }
            lines.add(text);
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return lines;
    }

    private Optional<Comment> tagComment() {
        return list.isEmpty() || !list.getLast().isBlock() ? Optional.empty() : Optional.of(list.getLast());
    }

    /** Javadoc-style block tags ({@code @name description...}) of one block comment. */
    private static final class BlockTags {
        record Tag(String name, String description) {}

        private final List<Tag> tags = new ArrayList<>();
        private String name;
        private final List<String> paragraph = new ArrayList<>();

        static List<Tag> of(Comment comment) {
            BlockTags parser = new BlockTags();
            for (String line : trimmedLines(comment)) {
                parser.accept(line);
            }
            parser.endParagraph();
            return parser.tags;
        }

        private void accept(String line) {
            String text = line.stripLeading();
            if (text.isEmpty()) {
                return;
            }
            if (text.charAt(0) != '@') {
                paragraph.add(text);
                return;
            }
            endParagraph();
            int end = 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            name = text.substring(0, end);
            if (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            if (end < text.length()) {
                paragraph.add(text.substring(end));
            }
        }

        private void endParagraph() {
            if (name != null) {
                tags.add(new Tag(name, String.join(" ", paragraph)));
            }
            name = null;
            paragraph.clear();
        }
    }
}
