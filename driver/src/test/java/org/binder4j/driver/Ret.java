package org.binder4j.driver;

import org.binder4j.protocol.Returns;

/**
 * One return parsed from a read buffer. Fields a return does not carry are 0: node returns fill
 * {@code ptr} and {@code cookie}, death returns {@code cookie}, transactions all of them.
 */
record Ret(int command, long ptr, long cookie, int code, int flags, int senderPid, int senderEuid, long dataSize,
        long offsetsSize, long buffer, long offsets) {

    static Ret of(int command) {
        return new Ret(command, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    String name() {
        return Returns.name(command);
    }

    @Override
    public String toString() {
        return switch (Returns.payloadSizeBytes(command)) {
            case 0 -> name();
            case 8 -> name() + "(" + cookie + ")";
            case 16 -> name() + "(" + ptr + ", " + cookie + ")";
            default -> name() + "{ptr " + ptr + " cookie " + cookie + " code " + code + " flags " + flags + " pid "
                    + senderPid + " euid " + senderEuid + " size " + dataSize + ":" + offsetsSize + " at " + buffer + "}";
        };
    }
}
