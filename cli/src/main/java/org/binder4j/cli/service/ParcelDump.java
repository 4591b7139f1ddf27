package org.binder4j.cli.service;

import org.binder4j.StatusCode;

/**
 * A parcel as libbinder prints it ({@code Parcel(...)}), the way Android's {@code service call} shows a
 * reply: the data as 32-bit little-endian words in hex, four per line, with the bytes as characters
 * ('.' for unprintable ones). Up to 16 bytes fit on the opening line; more start on the next line,
 * each line indented and prefixed with its offset, and padded to full width. An empty parcel is
 * {@code Parcel(NULL)}; a failed call is {@code Parcel(Error: 0x<status as 64 bits> "<STATUS_NAME>")}.
 */
final class ParcelDump {
    private static final int BYTES_PER_LINE = 16;
    private static final int WORD_BYTES = 4;

    private ParcelDump() {}

    static String of(byte[] data) {
        if (data.length == 0) {
            return "Parcel(NULL)";
        }
        StringBuilder out = new StringBuilder("Parcel(");
        boolean oneLine = data.length <= BYTES_PER_LINE;
        for (int line = 0; line < data.length; line += BYTES_PER_LINE) {
            if (!oneLine) {
                out.append("\n  ").append(String.format("0x%08x: ", line));
            }
            int end = Math.min(line + BYTES_PER_LINE, data.length);
            for (int word = line; word < line + BYTES_PER_LINE; word += WORD_BYTES) {
                if (word > line) {
                    out.append(' ');
                }
                if (word < end) {
                    // Little-endian: the word's last byte is its most significant.
                    for (int i = Math.min(word + WORD_BYTES, end) - 1; i >= word; i--) {
                        out.append(String.format("%02x", data[i] & 0xff));
                    }
                } else if (!oneLine) {
                    out.append(" ".repeat(2 * WORD_BYTES));
                }
            }
            out.append(" '");
            for (int i = line; i < end; i++) {
                int c = data[i] & 0xff;
                out.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
            }
            if (!oneLine) {
                out.append(" ".repeat(line + BYTES_PER_LINE - end));
            }
            out.append('\'');
        }
        return out.append(')').toString();
    }

    static String error(int status) {
        return String.format("Parcel(Error: 0x%016x \"%s\")", (long) status, StatusCode.name(status));
    }
}
