package org.binder4j.aidl.source;

import java.util.Objects;

/**
 * A span of an AIDL source file, in AOSP's convention so that diagnostics carry the same positions as AOSP's
 * {@code aidl}: lines and columns start at 1, a tab is one column, and {@code endColumn} is the column just after
 * the last character. The span of a token starts right after the previous token on the same line (it includes the
 * blanks and {@code //} comments in between) and at column 1 after a newline or at the end of a block comment.
 *
 * <p>{@link #toString()} renders {@code file:line.col-col}, {@code file:line.col-line.col} for a span over several
 * lines, and just {@code file} for a location that only names a file ({@link #ofFile}).
 */
public record SourceLocation(String file, int beginLine, int beginColumn, int endLine, int endColumn) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (beginLine < 0 || endLine < beginLine || (beginLine > 0 && (beginColumn < 1 || endColumn < 1))) {
            throw new IllegalArgumentException("invalid span " + beginLine + "." + beginColumn + "-" + endLine + "."
                    + endColumn + " in " + file);
        }
    }

    /** A location that names a file but no position in it. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0, 0, 0);
    }

    /** Whether this location points into the file (rather than only naming it). */
    public boolean hasPosition() {
        return beginLine > 0;
    }

    /** The span from the start of {@code first} to the end of {@code last}. */
    public static SourceLocation between(SourceLocation first, SourceLocation last) {
        return new SourceLocation(first.file, first.beginLine, first.beginColumn, last.endLine, last.endColumn);
    }

    @Override
    public String toString() {
        if (!hasPosition()) {
            return file;
        }
        String end = beginLine == endLine ? Integer.toString(endColumn) : endLine + "." + endColumn;
        return file + ":" + beginLine + "." + beginColumn + "-" + end;
    }
}
