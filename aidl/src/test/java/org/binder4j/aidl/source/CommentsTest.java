package org.binder4j.aidl.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommentsTest {
    private static Comments of(String... bodies) {
        return new Comments(List.of(bodies).stream().map(Comment::new).toList());
    }

    @Test
    void deprecatedInTheLastBlockCommentCountsWithItsNote() {
        Comments comments = of("/**\n * Does things.\n * @deprecated use the\n *   other one\n * @hide\n */");
        assertEquals(Optional.of("use the other one"), comments.deprecation());
        assertTrue(comments.isHidden());
    }

    @Test
    void aTagWithoutNoteIsStillATag() {
        assertEquals(Optional.of(""), of("/** @deprecated */").deprecation());
    }

    @Test
    void lineCommentsAndEarlierBlockCommentsDoNotCount() {
        assertFalse(of("// @deprecated gone\n").isDeprecated());
        assertFalse(of("/** @deprecated gone */", "/* the comment that counts */").isDeprecated());
        assertFalse(of("/** @hide */", "// trailing\n").isHidden());
        assertFalse(of("/** @hidden is not hide */").isHidden());
    }

    @Test
    void trimmedLinesDropDelimitersAndLeadingAsterisks() {
        assertEquals(List.of("first", "", "  indented"),
                Comments.trimmedLines(new Comment("/**\n * first\n *\n *   indented\n */")));
        assertEquals(List.of(" text"), Comments.trimmedLines(new Comment("// text\n")));
    }

    @Test
    void aCommentKeepsItsDelimiters() {
        assertTrue(new Comment("/** doc */").isDoc());
        assertFalse(new Comment("/* block */").isDoc());
        assertFalse(new Comment("// line\n").isBlock());
        assertThrows(IllegalArgumentException.class, () -> new Comment("no delimiters"));
    }
}
