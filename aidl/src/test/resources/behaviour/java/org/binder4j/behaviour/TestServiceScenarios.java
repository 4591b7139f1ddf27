package org.binder4j.behaviour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.binder4j.Binder;
import org.binder4j.BinderProxy;
import org.binder4j.IBinder;
import org.binder4j.ParcelFileDescriptor;
import org.binder4j.RemoteException;
import org.binder4j.ServiceSpecificException;
import org.binder4j.aidl.behaviour.Await;
import org.binder4j.aidl.behaviour.InProcessPeers;
import org.binder4j.sys.Fds;

/**
 * Calls through the generated proxy of {@link ITestService}, across the in-process driver, to the generated stub of
 * {@link TestServiceImpl} in another binder process. Each public method is one test ({@code GeneratedCodeBehaviourTest}
 * runs them, each with fresh processes).
 */
public final class TestServiceScenarios {
    private static final long WAIT_SECONDS = 10;

    private final InProcessPeers peers;
    private final TestServiceImpl impl = new TestServiceImpl();
    private final ITestService service;

    public TestServiceScenarios(InProcessPeers peers) throws RemoteException {
        this.peers = peers;
        IBinder binder = peers.publish("test", impl);
        assertInstanceOf(BinderProxy.class, binder, "the client reaches the service through the driver");
        service = ITestService.Stub.asInterface(binder);
        assertFalse(service instanceof ITestService.Stub, "a proxy, not the implementation");
    }

    /** A callback living in the client process. */
    static final class Callback extends ICallback.Stub {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        final int factor;

        Callback(int factor) {
            this.factor = factor;
        }

        @Override
        public int twice(int value) {
            return value * factor;
        }

        @Override
        public void onEvent(int code, String text) {
            events.add(code + ":" + text);
        }
    }

    public void everyPrimitiveAndStringEchoes() throws RemoteException {
        assertTrue(service.echoBoolean(true));
        assertFalse(service.echoBoolean(false));
        assertEquals(Byte.MIN_VALUE, service.echoByte(Byte.MIN_VALUE));
        assertEquals('\u20ac', service.echoChar('\u20ac'));
        assertEquals(Integer.MIN_VALUE, service.echoInt(Integer.MIN_VALUE));
        assertEquals(Long.MAX_VALUE, service.echoLong(Long.MAX_VALUE));
        assertEquals(Float.NaN, service.echoFloat(Float.NaN));
        assertEquals(-0.0d, service.echoDouble(-0.0d));
        assertEquals("héllo ✓", service.echoString("héllo ✓"));
        assertEquals("", service.echoString(""));
        assertNull(service.echoNullableString(null));
    }

    public void arraysTravelInOutAndInout() throws RemoteException {
        int[] copy = new int[3];
        assertArrayEquals(new int[] {3, 2, 1}, service.reverse(new int[] {1, 2, 3}, copy));
        assertArrayEquals(new int[] {1, 2, 3}, copy, "out array filled by the service");

        byte[] buffer = new byte[5];
        service.fill(buffer, (byte) 7);
        assertArrayEquals(new byte[] {7, 7, 7, 7, 7}, buffer, "the stub allocates an out array of the caller's length");

        long[] values = {1, -2, Long.MAX_VALUE / 2};
        service.doubleAll(values);
        assertArrayEquals(new long[] {2, -4, Long.MAX_VALUE - 1}, values);

        String[] scratch = {"a", null};
        assertArrayEquals(new String[] {"X", "Y"}, service.upper(new String[] {"x", "y"}, scratch));
        assertArrayEquals(new String[] {"a!", "null!"}, scratch);

        assertArrayEquals(new boolean[] {false, true}, service.negate(new boolean[] {true, false}));
        assertArrayEquals(new char[] {'a', '\uffff'}, service.echoChars(new char[] {'a', '\uffff'}));
        assertArrayEquals(new float[] {1.5f, -0f}, service.echoFloats(new float[] {1.5f, -0f}));
        assertArrayEquals(new double[] {Double.MIN_VALUE}, service.echoDoubles(new double[] {Double.MIN_VALUE}));
        assertNull(service.echoNullableInts(null));
        assertArrayEquals(new int[0], service.echoNullableInts(new int[0]));
    }

    public void fixedSizeArraysKeepTheirShape() throws RemoteException {
        int[][] transposed = service.transpose(new int[][] {{1, 2}, {3, 4}, {5, 6}});
        assertArrayEquals(new int[][] {{1, 3, 5}, {2, 4, 6}}, transposed);
        RuntimeException wrongShape = assertThrows(IllegalArgumentException.class,
                () -> service.transpose(new int[][] {{1, 2}}));
        assertEquals("dimension 0 of a fixed-size array has length 1, its type says 3", wrongShape.getMessage());
    }

    public void listsAndMapsInOutAndInout() throws RemoteException {
        List<String> dropped = new ArrayList<>(List.of("stale"));
        assertEquals(List.of("a", "b"), service.sortStrings(List.of("b", "", "a"), dropped));
        assertEquals(List.of(""), dropped, "an out list is replaced by what the service put in it");

        List<Point> seen = new ArrayList<>(List.of(TestServiceImpl.point(9, 9, "old")));
        List<Point> shifted = service.shiftAll(List.of(TestServiceImpl.point(1, 2, "p")), 10, seen);
        assertEquals(List.of(TestServiceImpl.point(11, 2, "p")), shifted);
        assertEquals(List.of(TestServiceImpl.point(9, 9, "old"), TestServiceImpl.point(1, 2, "p")), seen);

        Map<String, Point> history = new HashMap<>(Map.of("before", TestServiceImpl.point(0, 0, null)));
        Map<String, Point> moved = service.move(Map.of("a", TestServiceImpl.point(1, 1, null)), 5, history);
        assertEquals(Map.of("a", TestServiceImpl.point(6, 1, null)), moved);
        assertEquals(Map.of("before", TestServiceImpl.point(0, 0, null), "a", TestServiceImpl.point(1, 1, null)),
                history);

        Map<String, String[]> words = service.split(Map.of("s", "one two"));
        assertArrayEquals(new String[] {"one", "two"}, words.get("s"));
        assertNull(service.shiftAll(null, 1, seen), "a null list arrives as null");
    }

    public void parcelablesInOutAndInout() throws RemoteException {
        Point p = TestServiceImpl.point(3, -4, "p");
        assertEquals(TestServiceImpl.point(-3, 4, "p"), service.mirror(p));

        service.shift(p, 10);
        assertEquals(TestServiceImpl.point(13, -4, "p"), p, "inout: the caller's object is updated");

        Point out = TestServiceImpl.point(7, 7, "junk");
        service.origin(out);
        assertEquals(TestServiceImpl.point(0, 0, "origin"), out, "out: the caller's object gets the service's");

        assertNull(service.echoNullablePoint(null));
        Point[] copies = new Point[2];
        Point[] mirrored = service.mirrorAll(new Point[] {p, null}, copies);
        assertEquals(TestServiceImpl.point(-13, 4, "p"), mirrored[0]);
        assertEquals(p, copies[0]);
        assertNull(copies[1]);
    }

    public void immutableParcelablesAreBuiltAndReadWhole() throws RemoteException {
        Frozen frozen = new Frozen.Builder().setName("before").setTags(List.of("a", "b")).build();
        assertEquals(1, frozen.id, "a field the builder was not given keeps its default");
        Frozen renamed = service.renamed(frozen, "after");
        assertEquals(new Frozen(1, "after", List.of("a", "b")), renamed);
        assertThrows(UnsupportedOperationException.class, () -> renamed.tags.add("c"), "lists are unmodifiable");
    }

    public void aParcelableWithEveryKindOfFieldRoundTrips() throws RemoteException {
        Bag bag = new Bag();
        bag.flag = true;
        bag.small = -3;
        bag.letter = 'z';
        bag.number = 123456;
        bag.big = -1L << 50;
        bag.ratio = 0.75f;
        bag.precise = Math.PI;
        bag.text = "text";
        bag.numbers = new int[] {4, 5};
        bag.words = new String[] {"w", null};
        bag.mode = Mode.TURBO;
        bag.modes = new byte[] {Mode.SLOW, Mode.FAST};
        bag.point = TestServiceImpl.point(1, 2, null);
        bag.points = new Point[] {TestServiceImpl.point(5, 6, "q")};
        bag.shape = Shape.corner(TestServiceImpl.point(8, 9, null));
        bag.tags = List.of("t1", "t2");
        bag.trail = List.of(TestServiceImpl.point(0, 1, null));
        bag.places = Map.of("home", TestServiceImpl.point(2, 2, "h"));
        bag.aliases = Map.of("k", new String[] {"v1", "v2"});
        bag.grid = new int[][] {{1, 2}, {3, 4}};
        bag.token = new Binder();
        Bag.Inner inner = new Bag.Inner();
        inner.note = "inner";
        bag.inner = inner;
        Point extension = TestServiceImpl.point(42, 0, "ext");
        bag.extension.setParcelable(extension);

        Bag back = service.echoBag(bag);
        assertEquals(bag.text, back.text);
        assertEquals(bag.big, back.big);
        assertEquals(Level.HIGH, back.level, "a default survives the trip");
        assertArrayEquals(bag.modes, back.modes);
        assertEquals(bag.shape, back.shape);
        assertArrayEquals(bag.aliases.get("k"), back.aliases.get("k"));
        assertArrayEquals(bag.grid, back.grid);
        assertSame(bag.token, back.token, "a local binder comes home as itself");
        assertEquals("inner", back.inner.note);
        assertEquals(extension, back.extension.getParcelable(Point.class));
        assertEquals(withoutIdentities(bag), withoutIdentities(back), "every other field");
    }

    /** Bag's toString() without the fields printed by identity: the holder, Inner (no derive), the map of arrays. */
    private static String withoutIdentities(Bag bag) {
        return bag.toString().replaceAll("(extension|inner|aliases): [^,}]*", "");
    }

    public void unionsKeepTheirTagAndValue() throws RemoteException {
        assertEquals(Shape.radius(2), service.grow(new Shape()), "the default holds the first field's default");
        assertEquals(Shape.name("n+"), service.grow(Shape.name("n")));
        assertEquals(Shape.mode(Mode.TURBO), service.grow(Shape.mode(Mode.SLOW)));
        assertArrayEquals(new int[] {3, 4, 0}, service.grow(Shape.sides(new int[] {3, 4})).getSides());
        Shape shape = Shape.corner(TestServiceImpl.point(1, 1, null));
        service.reshape(shape);
        assertEquals(Shape.name, shape.getTag(), "inout union takes the service's tag");
        assertEquals("reshaped from " + Shape.corner, shape.getName());
        IllegalStateException wrongTag = assertThrows(IllegalStateException.class, shape::getRadius);
        assertEquals("bad access: radius, name is available.", wrongTag.getMessage());
    }

    public void enumsTravelAsTheirBackingType() throws RemoteException {
        assertEquals(Mode.FAST, service.next(Mode.SLOW));
        assertArrayEquals(new byte[] {Mode.TURBO, Mode.SLOW}, service.reverseModes(new byte[] {Mode.SLOW, Mode.TURBO}));
        assertEquals(1L << 40, service.raise(Level.LOW));
    }

    public void bindersAndNullBinders() throws RemoteException {
        Binder token = new Binder();
        assertSame(token, service.echoBinder(token), "a local binder comes home as itself");
        assertNull(service.echoNullableBinder(null));
        Binder other = new Binder();
        assertEquals(List.of(token, other), service.echoBinders(List.of(token, other)));
        IBinder[] array = service.echoBinderArray(new IBinder[] {null, other});
        assertNull(array[0]);
        assertSame(other, array[1]);
        assertSame(service.asBinder(), service.echoBinder(service.asBinder()), "a proxy comes back as the same proxy");
    }

    public void aCallbackIsCalledFromTheServer() throws RemoteException, InterruptedException {
        Callback callback = new Callback(2);
        assertEquals(2 * 21 + 1, service.callBack(callback, 21), "a nested call back into the waiting client");
        service.notifyLater(callback, 7, "seven");
        assertEquals("7:seven", callback.events.poll(WAIT_SECONDS, TimeUnit.SECONDS), "a oneway call back");
        assertSame(callback, service.echoCallback(callback), "the callback comes home as the local object");
        assertNull(service.echoNullableCallback(null));
        Callback times100 = new Callback(100);
        assertEquals(2 + 100 + 100 * 10, service.countCallbacks(new ICallback[] {callback, times100},
                List.of(times100)));
    }

    public void onewayCallsReturnAtOnceAndArriveInOrder() throws RemoteException, InterruptedException {
        for (int i = 0; i < 20; i++) {
            service.record(i);
        }
        for (int i = 0; i < 20; i++) {
            assertEquals(i, impl.recorded.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        }
    }

    public void exceptionsThrownByTheServiceArriveTyped() throws RemoteException {
        assertEquals("bad", assertThrows(IllegalArgumentException.class,
                () -> service.fail(ITestService.FAILURE_ILLEGAL_ARGUMENT, "bad")).getMessage());
        assertEquals("state", assertThrows(IllegalStateException.class,
                () -> service.fail(ITestService.FAILURE_ILLEGAL_STATE, "state")).getMessage());
        assertEquals("denied", assertThrows(SecurityException.class,
                () -> service.fail(ITestService.FAILURE_SECURITY, "denied")).getMessage());
        assertEquals("null", assertThrows(NullPointerException.class,
                () -> service.fail(ITestService.FAILURE_NULL_POINTER, "null")).getMessage());
        assertEquals("nope", assertThrows(UnsupportedOperationException.class,
                () -> service.fail(ITestService.FAILURE_UNSUPPORTED, "nope")).getMessage());
        ServiceSpecificException specific = assertThrows(ServiceSpecificException.class,
                () -> service.fail(ITestService.FAILURE_SERVICE_SPECIFIC, "specific"));
        assertEquals(42, specific.errorCode);
        assertEquals("specific", specific.getMessage());
        assertEquals(7, service.echoInt(7), "the service goes on");
    }

    public void fileDescriptorsTravelAsCopies() throws RemoteException, IOException {
        int openBefore = Fds.countOpen();
        ParcelFileDescriptor[] pipe = ParcelFileDescriptor.createPipe();
        try (ParcelFileDescriptor readEnd = pipe[0]; ParcelFileDescriptor writeEnd = pipe[1];
                ParcelFileDescriptor echoed = service.echoFd(writeEnd); Arena arena = Arena.ofConfined()) {
            assertNotNull(echoed);
            MemorySegment buffer = arena.allocate(1);
            buffer.set(ValueLayout.JAVA_BYTE, 0, (byte) 5);
            assertEquals(1, Fds.write(echoed.getFd(), buffer, 1));
            buffer.set(ValueLayout.JAVA_BYTE, 0, (byte) 0);
            assertEquals(1, Fds.read(readEnd.getFd(), buffer, 1));
            assertEquals(5, buffer.get(ValueLayout.JAVA_BYTE, 0), "the copy writes into the caller's pipe");
        }
        // The server closes its reply's copy after sending the reply.
        Await.until("both processes closed their copies", () -> Fds.countOpen() == openBefore);
    }

    public void untypedCollectionsAndCharSequences() throws RemoteException {
        List<Object> values = List.of(1, "two", 3L, List.of(true));
        assertEquals(values, service.echoRawList(values));
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("k", 1.5d);
        map.put(2, null);
        assertEquals(map, service.echoRawMap(map));
        assertEquals("styled?", service.echoText(new StringBuilder("styled?")).toString());
        assertNull(service.echoText(null));
    }

    public void theInterfaceDescriptorIsTheToken() throws RemoteException {
        assertEquals(ITestService.DESCRIPTOR, service.asBinder().getInterfaceDescriptor());
        assertEquals("org.binder4j.behaviour.ITestService", ITestService.DESCRIPTOR);
        assertEquals("echoInt", ITestService.Stub.getDefaultTransactionName(IBinder.FIRST_CALL_TRANSACTION + 3));
    }
}
