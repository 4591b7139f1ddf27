package org.binder4j.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.binder4j.IBinder;
import org.binder4j.RemoteException;
import org.binder4j.ServiceSpecificException;
import org.binder4j.examples.test.Color;
import org.binder4j.examples.test.ICounter;
import org.binder4j.examples.test.IEchoCallback;
import org.binder4j.examples.test.ITypes;
import org.binder4j.examples.test.Item;
import org.binder4j.examples.test.Shape;

/** The implementation of {@link ITypes} that {@link TypesServerMain} serves: each method is a checkable function. */
final class TypesService extends ITypes.Stub {
    private final List<Integer> recorded = new ArrayList<>();

    @Override
    public boolean not(boolean value) {
        return !value;
    }

    @Override
    public byte nextByte(byte value) {
        return (byte) (value + 1);
    }

    @Override
    public char nextChar(char value) {
        return (char) (value + 1);
    }

    @Override
    public int nextInt(int value) {
        return value + 1;
    }

    @Override
    public long nextLong(long value) {
        return value + 1;
    }

    @Override
    public float halfFloat(float value) {
        return value / 2;
    }

    @Override
    public double halfDouble(double value) {
        return value / 2;
    }

    @Override
    public String upper(String text) {
        return text.toUpperCase();
    }

    @Override
    public String nullableEcho(String text) {
        return text;
    }

    @Override
    public boolean[] notAll(boolean[] values) {
        boolean[] result = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = !values[i];
        }
        return result;
    }

    @Override
    public byte[] reverseBytes(byte[] values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[values.length - 1 - i];
        }
        return result;
    }

    @Override
    public char[] reverseChars(char[] values) {
        return new StringBuilder(new String(values)).reverse().toString().toCharArray();
    }

    @Override
    public int[] reverseInts(int[] values) {
        int[] result = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[values.length - 1 - i];
        }
        return result;
    }

    @Override
    public float[] reverseFloats(float[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[values.length - 1 - i];
        }
        return result;
    }

    @Override
    public double[] reverseDoubles(double[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[values.length - 1 - i];
        }
        return result;
    }

    @Override
    public String[] reverseStrings(String[] values) {
        return reversed(Arrays.asList(values)).toArray(String[]::new);
    }

    @Override
    public int fillLongs(long[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 10L;
        }
        return values.length;
    }

    @Override
    public void doubleAll(int[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] *= 2;
        }
    }

    @Override
    public int[] maybeInts(boolean present) {
        return present ? new int[] {7} : null;
    }

    @Override
    public List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    @Override
    public Map<String, String> inverted(Map<String, String> map) {
        Map<String, String> inverted = new TreeMap<>();
        map.forEach((key, value) -> inverted.put(value, key));
        return inverted;
    }

    @Override
    public List<Item> itemsUpTo(int count) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Item item = new Item();
            item.id = i;
            items.add(item);
        }
        return items;
    }

    @Override
    public Item renamed(Item item, String name) {
        item.name = name;
        return item;
    }

    @Override
    public void fillItem(Item item) {
        item.id = 42;
        item.name = "filled";
        item.values = new long[] {1, 2, 3};
        item.words = List.of("out", "param");
        item.color = Color.BLUE;
        item.tag = new Item.Tag();
        item.tag.label = "by the server";
    }

    @Override
    public void bumpItem(Item item) {
        item.id++;
        item.words = reversed(item.words);
    }

    @Override
    public Item maybeItem(boolean present) {
        return present ? new Item() : null;
    }

    @Override
    public Shape doubled(Shape shape) {
        return switch (shape.getTag()) {
            case Shape.circleRadius -> Shape.circleRadius(shape.getCircleRadius() * 2);
            case Shape.rect -> {
                Shape.Rect rect = new Shape.Rect();
                rect.width = shape.getRect().width * 2;
                rect.height = shape.getRect().height * 2;
                yield Shape.rect(rect);
            }
            case Shape.named -> Shape.named(shape.getNamed() + " x2");
            default -> throw new IllegalArgumentException("a shape has no tag " + shape.getTag());
        };
    }

    @Override
    public int nextColor(int color) {
        return switch (color) {
            case Color.RED -> Color.GREEN;
            case Color.GREEN -> Color.BLUE;
            default -> Color.RED;
        };
    }

    @Override
    public int[] allColors() {
        return new int[] {Color.RED, Color.GREEN, Color.BLUE};
    }

    @Override
    public IBinder sameBinder(IBinder binder) {
        return binder;
    }

    @Override
    public ICounter newCounter(int start) {
        return new ICounter.Stub() {
            private int value = start;

            @Override
            public synchronized int increment() {
                return ++value;
            }
        };
    }

    @Override
    public String callBack(IEchoCallback callback, String text) throws RemoteException {
        return new StringBuilder(callback.echo(text)).reverse().toString();
    }

    @Override
    public void callBackLater(IEchoCallback callback, String text) throws RemoteException {
        callback.echo(text);
    }

    @Override
    public synchronized void record(int value) {
        recorded.add(value);
    }

    @Override
    public synchronized int[] recorded() {
        return recorded.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void fail(String kind, String message) {
        switch (kind) {
            case "IllegalArgument" -> throw new IllegalArgumentException(message);
            case "IllegalState" -> throw new IllegalStateException(message);
            case "Security" -> throw new SecurityException(message);
            case "NullPointer" -> throw new NullPointerException(message);
            case "UnsupportedOperation" -> throw new UnsupportedOperationException(message);
            case "ServiceSpecific" -> throw new ServiceSpecificException(17, message);
            default -> throw new IllegalArgumentException("no exception kind '" + kind + "'");
        }
    }

    private static List<String> reversed(List<String> values) {
        List<String> result = new ArrayList<>(values);
        Collections.reverse(result);
        return result;
    }
}
