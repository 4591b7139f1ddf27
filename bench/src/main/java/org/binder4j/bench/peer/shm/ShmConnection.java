package org.binder4j.bench.peer.shm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.BenchConnection;
import org.binder4j.bench.harness.Caller;
import org.binder4j.bench.harness.Payloads;
import org.binder4j.bench.peer.futex.CallerSlot;
import org.binder4j.bench.peer.futex.FutexChannel;
import org.binder4j.bench.peer.futex.SharedRegion;

/**
 * A client of the one-copy echo: copies its byte[] into the request area (the request direction's one
 * copy) and reads the answer in place in the reply area.
 */
public final class ShmConnection implements BenchConnection {
    private final SharedRegion region;
    private final FutexChannel channel;
    private final CallerSlot slot = new CallerSlot("shared-memory echo");

    public ShmConnection(String regionPath, long spinNanos) throws IOException {
        region = SharedRegion.attach(regionPath);
        if (region.segment().byteSize() < ShmLayout.SIZE_BYTES) {
            region.close();
            throw new IllegalArgumentException("shared region " + regionPath + " has " + region.segment().byteSize()
                    + " bytes, the echo needs " + ShmLayout.SIZE_BYTES);
        }
        channel = new FutexChannel(region.segment(), 0, spinNanos);
    }

    @Override
    public Caller caller(BenchCase operation) {
        if (!operation.isEcho() && operation != BenchCase.SMALL) {
            throw new IllegalArgumentException("shm-copy has no operation " + operation.id());
        }
        slot.take();
        MemorySegment memory = region.segment();
        byte[] payload = Payloads.pattern(operation.payloadBytes());
        return new Caller() {
            @Override
            public void call() {
                MemorySegment.copy(payload, 0, memory, JAVA_BYTE, ShmLayout.REQUEST_OFFSET, payload.length);
                int length = channel.call(payload.length);
                Payloads.checkEcho(payload, length, memory.get(JAVA_BYTE, ShmLayout.REPLY_OFFSET),
                        memory.get(JAVA_BYTE, ShmLayout.REPLY_OFFSET + length - 1));
            }

            @Override
            public void close() {
                slot.release();
            }
        };
    }

    @Override
    public void close() {
        region.close();
    }
}
