package org.binder4j.bench.harness;

import java.time.Duration;

/**
 * Request payloads, and the checks every system's callers apply to answers. The checks are cheap and the
 * same for every system (an echo is checked by length and its first and last byte), so they cost each
 * system alike while still catching a wrong answer.
 */
public final class Payloads {
    private Payloads() {}

    /** {@code sizeBytes} bytes of a repeating pattern whose first and last bytes differ from zero. */
    public static byte[] pattern(int sizeBytes) {
        byte[] bytes = new byte[sizeBytes];
        for (int i = 0; i < sizeBytes; i++) {
            bytes[i] = (byte) (i % 251 + 1);
        }
        return bytes;
    }

    /** @throws IllegalStateException if {@code received} is not {@code sent} echoed */
    public static void checkEcho(byte[] sent, byte[] received) {
        if (received == null) {
            throw new IllegalStateException("echo of " + sent.length + " bytes returned null");
        }
        checkEcho(sent, received.length, received.length == 0 ? 0 : received[0],
                received.length == 0 ? 0 : received[received.length - 1]);
    }

    /** @throws IllegalStateException if an answer of this length and these end bytes is not {@code sent} echoed */
    public static void checkEcho(byte[] sent, int receivedLength, byte first, byte last) {
        if (receivedLength != sent.length || first != sent[0] || last != sent[sent.length - 1]) {
            throw new IllegalStateException("echo of " + sent.length + " bytes (first " + sent[0] + ", last "
                    + sent[sent.length - 1] + ") came back as " + receivedLength + " bytes (first " + first + ", last "
                    + last + ")");
        }
    }

    /** @throws IllegalStateException unless {@code result == sent + 1} */
    public static void checkIncremented(int sent, int result) {
        if (result != sent + 1) {
            throw new IllegalStateException("add(" + sent + ") returned " + result + ", expected " + (sent + 1));
        }
    }

    /** @throws IllegalStateException unless every oneway call sent was delivered */
    public static void checkDelivered(long sent, long delivered, Duration timeout) {
        if (delivered < sent) {
            throw new IllegalStateException("only " + delivered + " of " + sent + " oneway calls were delivered within "
                    + timeout.toMillis() + " ms");
        }
    }
}
