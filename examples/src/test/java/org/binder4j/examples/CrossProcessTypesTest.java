package org.binder4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.binder4j.Binder;
import org.binder4j.BinderProxy;
import org.binder4j.IBinder;
import org.binder4j.RemoteException;
import org.binder4j.ServiceSpecificException;
import org.binder4j.examples.test.Color;
import org.binder4j.examples.test.ICounter;
import org.binder4j.examples.test.IEchoCallback;
import org.binder4j.examples.test.ITypes;
import org.binder4j.examples.test.Item;
import org.binder4j.examples.test.Shape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Generated code across real processes: a daemon JVM, a server JVM serving {@link ITypes} ({@link TypesService}),
 * and this JVM calling it through the generated proxy.
 */
class CrossProcessTypesTest {
    private static final long WAIT_MS = 30_000;
    private static ProcessWorld world;
    private static ITypes types;

    @BeforeAll
    static void start() throws Exception {
        world = new ProcessWorld();
        world.start(TypesServerMain.class, TypesServerMain.READY);
        types = ITypes.Stub.asInterface(world.service(TypesServerMain.SERVICE_NAME));
    }

    @AfterAll
    static void stop() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void theProxyIsRemote() {
        assertInstanceOf(BinderProxy.class, types.asBinder());
    }

    @Test
    void primitives() throws RemoteException {
        assertFalse(types.not(true));
        assertTrue(types.not(false));
        assertEquals(Byte.MIN_VALUE, types.nextByte(Byte.MAX_VALUE));
        assertEquals('\u20ad', types.nextChar('\u20ac'));
        assertEquals(Integer.MIN_VALUE, types.nextInt(Integer.MAX_VALUE));
        assertEquals(Long.MIN_VALUE, types.nextLong(Long.MAX_VALUE));
        assertEquals(1.25f, types.halfFloat(2.5f));
        assertEquals(Double.MIN_VALUE, types.halfDouble(Double.MIN_VALUE * 2));
        assertTrue(Double.isNaN(types.halfDouble(Double.NaN)));
    }

    @Test
    void stringsAndNullableValues() throws RemoteException {
        assertEquals("HÉLLO, 世界 🙂", types.upper("héllo, 世界 🙂"));
        assertEquals("", types.upper(""));
        assertEquals("kept", types.nullableEcho("kept"));
        assertNull(types.nullableEcho(null));
        assertArrayEquals(new int[] {7}, types.maybeInts(true));
        assertNull(types.maybeInts(false));
        assertNotNull(types.maybeItem(true));
        assertNull(types.maybeItem(false));
    }

    @Test
    void inArraysOfEveryElementType() throws RemoteException {
        assertArrayEquals(new boolean[] {false, true, true}, types.notAll(new boolean[] {true, false, false}));
        assertArrayEquals(new byte[] {3, 2, -1}, types.reverseBytes(new byte[] {-1, 2, 3}));
        assertArrayEquals("cba".toCharArray(), types.reverseChars("abc".toCharArray()));
        assertArrayEquals(new int[] {3, 2, 1}, types.reverseInts(new int[] {1, 2, 3}));
        assertArrayEquals(new float[] {0.5f, -1f}, types.reverseFloats(new float[] {-1f, 0.5f}));
        assertArrayEquals(new double[] {2.5, 1e300}, types.reverseDoubles(new double[] {1e300, 2.5}));
        assertArrayEquals(new String[] {"b", null, "a"}, types.reverseStrings(new String[] {"a", null, "b"}));
        assertArrayEquals(new int[0], types.reverseInts(new int[0]));
    }

    @Test
    void outAndInoutArrays() throws RemoteException {
        long[] filled = new long[4];
        assertEquals(4, types.fillLongs(filled));
        assertArrayEquals(new long[] {0, 10, 20, 30}, filled);

        int[] values = {1, -2, 3};
        types.doubleAll(values);
        assertArrayEquals(new int[] {2, -4, 6}, values);
    }

    @Test
    void listsAndMaps() throws RemoteException {
        assertEquals(List.of("a", "b", "c"), types.sorted(List.of("c", "a", "b")));
        assertEquals(List.of(), types.sorted(List.of()));
        assertEquals(Map.of("1", "one", "2", "two"), types.inverted(Map.of("one", "1", "two", "2")));
        List<Item> items = types.itemsUpTo(3);
        assertEquals(List.of(0, 1, 2), items.stream().map(item -> item.id).toList());
        assertEquals("unnamed", items.get(2).name);
    }

    @Test
    void parcelablesInOutAndInout() throws RemoteException {
        Item item = new Item();
        item.id = 5;
        item.values = new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE};
        item.words = List.of("x", "y");
        item.color = Color.RED;
        item.tag = new Item.Tag();
        item.tag.label = "sent";
        Item renamed = types.renamed(item, "renamed");
        assertEquals("renamed", renamed.name);
        assertEquals(5, renamed.id);
        assertArrayEquals(item.values, renamed.values);
        assertEquals(List.of("x", "y"), renamed.words);
        assertEquals(Color.RED, renamed.color);
        assertEquals("sent", renamed.tag.label);
        assertEquals("unnamed", item.name, "an in parameter is not written back");

        Item out = new Item();
        types.fillItem(out);
        assertEquals(42, out.id);
        assertEquals("filled", out.name);
        assertArrayEquals(new long[] {1, 2, 3}, out.values);
        assertEquals(List.of("out", "param"), out.words);
        assertEquals(Color.BLUE, out.color);
        assertEquals("by the server", out.tag.label);

        Item inout = new Item();
        inout.id = 9;
        inout.words = List.of("first", "second");
        types.bumpItem(inout);
        assertEquals(10, inout.id);
        assertEquals(List.of("second", "first"), inout.words);
        assertNull(inout.tag);
    }

    @Test
    void unionsEveryMember() throws RemoteException {
        assertEquals(6, types.doubled(Shape.circleRadius(3)).getCircleRadius());
        Shape.Rect rect = new Shape.Rect();
        rect.width = 2;
        rect.height = 5;
        Shape doubled = types.doubled(Shape.rect(rect));
        assertEquals(Shape.rect, doubled.getTag());
        assertEquals(4, doubled.getRect().width);
        assertEquals(10, doubled.getRect().height);
        assertEquals("square x2", types.doubled(Shape.named("square")).getNamed());
    }

    @Test
    void enumsAndEnumArrays() throws RemoteException {
        assertEquals(Color.GREEN, types.nextColor(Color.RED));
        assertEquals(Color.BLUE, types.nextColor(Color.GREEN));
        assertEquals(Color.RED, types.nextColor(Color.BLUE));
        assertArrayEquals(new int[] {Color.RED, Color.GREEN, Color.BLUE}, types.allColors());
    }

    @Test
    void aBinderPassedThroughTheServerComesBackAsItself() throws RemoteException {
        Binder local = new Binder("org.binder4j.examples.test.Token");
        assertSame(local, types.sameBinder(local));
        assertNull(types.sameBinder(null));
    }

    @Test
    void anInterfaceReturnedByTheServerKeepsItsState() throws RemoteException {
        ICounter counter = types.newCounter(10);
        assertInstanceOf(BinderProxy.class, counter.asBinder());
        assertEquals(11, counter.increment());
        assertEquals(12, counter.increment());
        assertEquals(1, types.newCounter(0).increment(), "each counter is its own object");
    }

    @Test
    void aCallbackIsInvokedFromTheServerDuringTheCall() throws RemoteException {
        List<String> threads = new ArrayList<>();
        IEchoCallback callback = new IEchoCallback.Stub() {
            @Override
            public String echo(String text) {
                threads.add(Thread.currentThread().getName());
                return text + "!";
            }
        };
        assertEquals("!olleh", types.callBack(callback, "hello"));
        assertEquals(List.of(Thread.currentThread().getName()), threads,
                "a nested call runs on the thread waiting for the reply");
    }

    @Test
    void onewayCallsReturnAtOnceAndArriveInOrder() throws Exception {
        LinkedBlockingQueue<String> echoed = new LinkedBlockingQueue<>();
        IEchoCallback callback = new IEchoCallback.Stub() {
            @Override
            public String echo(String text) {
                echoed.add(text);
                return text;
            }
        };
        types.callBackLater(callback, "later");
        assertEquals("later", echoed.poll(WAIT_MS, TimeUnit.MILLISECONDS));

        int before = types.recorded().length;
        for (int i = 0; i < 50; i++) {
            types.record(i);
        }
        int[] recorded = awaitRecorded(before + 50);
        for (int i = 0; i < 50; i++) {
            assertEquals(i, recorded[before + i], "oneway calls to one object arrive in order");
        }
    }

    @Test
    void exceptionsThrownByTheServerArriveTyped() {
        assertRemote(IllegalArgumentException.class, "bad argument", () -> types.fail("IllegalArgument",
                "bad argument"));
        assertRemote(IllegalStateException.class, "bad state", () -> types.fail("IllegalState", "bad state"));
        assertRemote(SecurityException.class, "denied", () -> types.fail("Security", "denied"));
        assertRemote(NullPointerException.class, "no value", () -> types.fail("NullPointer", "no value"));
        assertRemote(UnsupportedOperationException.class, "not here",
                () -> types.fail("UnsupportedOperation", "not here"));
        ServiceSpecificException specific = assertRemote(ServiceSpecificException.class, "custom",
                () -> types.fail("ServiceSpecific", "custom"));
        assertEquals(17, specific.errorCode);
    }

    @Test
    void theServerGoesOnAfterAnException() throws RemoteException {
        assertThrows(IllegalStateException.class, () -> types.fail("IllegalState", "once"));
        assertEquals(2, types.nextInt(1));
    }

    @Test
    void versionedInterfaceMetaCalls() throws RemoteException {
        assertEquals(3, types.getInterfaceVersion());
        assertEquals(ITypes.VERSION, types.getInterfaceVersion());
        assertEquals("0123456789abcdef0123456789abcdef01234567", types.getInterfaceHash());
        ICounter counter = types.newCounter(0);
        assertEquals(ICounter.VERSION, counter.getInterfaceVersion());
        assertEquals(ICounter.HASH, counter.getInterfaceHash());
    }

    private static int[] awaitRecorded(int count) throws RemoteException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
        int[] recorded = types.recorded();
        while (recorded.length < count && System.nanoTime() < deadline) {
            // Oneway and sync calls are not ordered with each other: poll with a bound.
            Thread.sleep(10);
            recorded = types.recorded();
        }
        assertEquals(count, recorded.length, "recorded values after " + WAIT_MS + " ms");
        return recorded;
    }

    private static <T extends Throwable> T assertRemote(Class<T> type, String message, Executable call) {
        T thrown = assertThrows(type, call);
        assertEquals(message, thrown.getMessage());
        return thrown;
    }
}
