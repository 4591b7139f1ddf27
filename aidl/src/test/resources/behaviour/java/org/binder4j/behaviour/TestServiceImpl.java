package org.binder4j.behaviour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.binder4j.IBinder;
import org.binder4j.ParcelFileDescriptor;
import org.binder4j.RemoteException;
import org.binder4j.ServiceSpecificException;

/** The service side of the behaviour tests: each method does something the caller can check. */
public final class TestServiceImpl extends ITestService.Stub {
    /** The values {@link #record} received, in order. */
    public final BlockingQueue<Integer> recorded = new LinkedBlockingQueue<>();

    @Override
    public boolean echoBoolean(boolean v) {
        return v;
    }

    @Override
    public byte echoByte(byte v) {
        return v;
    }

    @Override
    public char echoChar(char v) {
        return v;
    }

    @Override
    public int echoInt(int v) {
        return v;
    }

    @Override
    public long echoLong(long v) {
        return v;
    }

    @Override
    public float echoFloat(float v) {
        return v;
    }

    @Override
    public double echoDouble(double v) {
        return v;
    }

    @Override
    public String echoString(String v) {
        return v;
    }

    @Override
    public String echoNullableString(String v) {
        return v;
    }

    @Override
    public int[] reverse(int[] values, int[] copy) {
        System.arraycopy(values, 0, copy, 0, Math.min(values.length, copy.length));
        int[] reversed = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            reversed[i] = values[values.length - 1 - i];
        }
        return reversed;
    }

    @Override
    public void fill(byte[] buffer, byte value) {
        Arrays.fill(buffer, value);
    }

    @Override
    public void doubleAll(long[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= 2;
        }
    }

    @Override
    public String[] upper(String[] words, String[] scratch) {
        for (int i = 0; i < scratch.length; i++) {
            scratch[i] = scratch[i] + "!";
        }
        return Arrays.stream(words).map(String::toUpperCase).toArray(String[]::new);
    }

    @Override
    public boolean[] negate(boolean[] values) {
        boolean[] negated = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = !values[i];
        }
        return negated;
    }

    @Override
    public char[] echoChars(char[] values) {
        return values;
    }

    @Override
    public float[] echoFloats(float[] values) {
        return values;
    }

    @Override
    public double[] echoDoubles(double[] values) {
        return values;
    }

    @Override
    public int[] echoNullableInts(int[] values) {
        return values;
    }

    @Override
    public int[][] transpose(int[][] matrix) {
        int[][] transposed = new int[2][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 2; j++) {
                transposed[j][i] = matrix[i][j];
            }
        }
        return transposed;
    }

    @Override
    public List<String> sortStrings(List<String> values, List<String> dropped) {
        List<String> sorted = new ArrayList<>();
        for (String value : values) {
            (value.isEmpty() ? dropped : sorted).add(value);
        }
        sorted.sort(null);
        return sorted;
    }

    @Override
    public List<Point> shiftAll(List<Point> points, int dx, List<Point> seen) {
        if (points == null) {
            return null;
        }
        seen.addAll(points);
        return points.stream().map(p -> point(p.x + dx, p.y, p.label)).toList();
    }

    @Override
    public Map<String, Point> move(Map<String, Point> points, int dx, Map<String, Point> history) {
        history.putAll(points);
        Map<String, Point> moved = new HashMap<>();
        points.forEach((name, p) -> moved.put(name, point(p.x + dx, p.y, p.label)));
        return moved;
    }

    @Override
    public Map<String, String[]> split(Map<String, String> sentences) {
        Map<String, String[]> words = new HashMap<>();
        sentences.forEach((key, sentence) -> words.put(key, sentence.split(" ")));
        return words;
    }

    @Override
    public Point mirror(Point p) {
        return point(-p.x, -p.y, p.label);
    }

    @Override
    public void shift(Point p, int dx) {
        p.x += dx;
    }

    @Override
    public void origin(Point p) {
        p.x = 0;
        p.y = 0;
        p.label = "origin";
    }

    @Override
    public Point echoNullablePoint(Point p) {
        return p;
    }

    @Override
    public Bag echoBag(Bag bag) {
        return bag;
    }

    @Override
    public Point[] mirrorAll(Point[] points, Point[] copies) {
        System.arraycopy(points, 0, copies, 0, Math.min(points.length, copies.length));
        return Arrays.stream(points).map(p -> p == null ? null : mirror(p)).toArray(Point[]::new);
    }

    @Override
    public Frozen renamed(Frozen frozen, String name) {
        return new Frozen.Builder().setId(frozen.id).setName(name).setTags(frozen.tags).build();
    }

    @Override
    public Shape grow(Shape shape) {
        return switch (shape.getTag()) {
            case Shape.radius -> Shape.radius(shape.getRadius() + 1);
            case Shape.name -> Shape.name(shape.getName() + "+");
            case Shape.corner -> Shape.corner(point(shape.getCorner().x + 1, shape.getCorner().y + 1, null));
            case Shape.mode -> Shape.mode(Mode.TURBO);
            case Shape.sides -> Shape.sides(Arrays.copyOf(shape.getSides(), shape.getSides().length + 1));
            default -> throw new IllegalArgumentException("tag " + shape.getTag());
        };
    }

    @Override
    public void reshape(Shape shape) {
        shape.setName("reshaped from " + shape.getTag());
    }

    @Override
    public byte next(byte mode) {
        return mode == Mode.SLOW ? Mode.FAST : Mode.TURBO;
    }

    @Override
    public byte[] reverseModes(byte[] modes) {
        byte[] reversed = new byte[modes.length];
        for (int i = 0; i < modes.length; i++) {
            reversed[i] = modes[modes.length - 1 - i];
        }
        return reversed;
    }

    @Override
    public long raise(long level) {
        return Level.HIGH;
    }

    @Override
    public IBinder echoBinder(IBinder binder) {
        return binder;
    }

    @Override
    public IBinder echoNullableBinder(IBinder binder) {
        return binder;
    }

    @Override
    public List<IBinder> echoBinders(List<IBinder> binders) {
        return binders;
    }

    @Override
    public IBinder[] echoBinderArray(IBinder[] binders) {
        return binders;
    }

    @Override
    public int callBack(ICallback callback, int value) throws RemoteException {
        return callback.twice(value) + 1;
    }

    @Override
    public void notifyLater(ICallback callback, int code, String text) throws RemoteException {
        callback.onEvent(code, text);
    }

    @Override
    public ICallback echoCallback(ICallback callback) {
        return callback;
    }

    @Override
    public ICallback echoNullableCallback(ICallback callback) {
        return callback;
    }

    @Override
    public int countCallbacks(ICallback[] callbacks, List<ICallback> more) throws RemoteException {
        int sum = 0;
        for (ICallback callback : callbacks) {
            sum += callback.twice(1);
        }
        for (ICallback callback : more) {
            sum += callback.twice(10);
        }
        return sum;
    }

    @Override
    public void record(int value) {
        recorded.add(value);
    }

    @Override
    public void fail(int failure, String message) {
        switch (failure) {
            case FAILURE_ILLEGAL_ARGUMENT -> throw new IllegalArgumentException(message);
            case FAILURE_ILLEGAL_STATE -> throw new IllegalStateException(message);
            case FAILURE_SECURITY -> throw new SecurityException(message);
            case FAILURE_NULL_POINTER -> throw new NullPointerException(message);
            case FAILURE_UNSUPPORTED -> throw new UnsupportedOperationException(message);
            case FAILURE_SERVICE_SPECIFIC -> throw new ServiceSpecificException(42, message);
            default -> throw new IllegalArgumentException("no failure " + failure);
        }
    }

    @Override
    public ParcelFileDescriptor echoFd(ParcelFileDescriptor fd) {
        return fd;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List echoRawList(List values) {
        return values;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Map echoRawMap(Map values) {
        return values;
    }

    @Override
    public CharSequence echoText(CharSequence text) {
        return text;
    }

    static Point point(int x, int y, String label) {
        Point p = new Point();
        p.x = x;
        p.y = y;
        p.label = label;
        return p;
    }
}
