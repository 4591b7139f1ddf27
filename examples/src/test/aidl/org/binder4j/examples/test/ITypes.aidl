package org.binder4j.examples.test;

import org.binder4j.examples.test.Color;
import org.binder4j.examples.test.ICounter;
import org.binder4j.examples.test.IEchoCallback;
import org.binder4j.examples.test.Item;
import org.binder4j.examples.test.Shape;

/** Every kind of value the generated code carries, served by another process. */
interface ITypes {
    boolean not(boolean value);
    byte nextByte(byte value);
    char nextChar(char value);
    int nextInt(int value);
    long nextLong(long value);
    float halfFloat(float value);
    double halfDouble(double value);
    String upper(String text);
    @nullable String nullableEcho(@nullable String text);

    boolean[] notAll(in boolean[] values);
    byte[] reverseBytes(in byte[] values);
    char[] reverseChars(in char[] values);
    int[] reverseInts(in int[] values);
    float[] reverseFloats(in float[] values);
    double[] reverseDoubles(in double[] values);
    String[] reverseStrings(in String[] values);
    /** Fills {@code values} with index * 10; returns how many it filled. */
    int fillLongs(out long[] values);
    void doubleAll(inout int[] values);
    @nullable int[] maybeInts(boolean present);

    List<String> sorted(in List<String> values);
    Map<String, String> inverted(in Map<String, String> map);
    List<Item> itemsUpTo(int count);

    Item renamed(in Item item, String name);
    void fillItem(out Item item);
    void bumpItem(inout Item item);
    @nullable Item maybeItem(boolean present);

    Shape doubled(in Shape shape);
    Color nextColor(Color color);
    Color[] allColors();

    IBinder sameBinder(IBinder binder);
    ICounter newCounter(int start);
    /** Calls {@code callback.echo(text)} and returns what it answered, reversed. */
    String callBack(IEchoCallback callback, String text);
    /** Calls {@code callback.echo(text)} after returning: from the server's binder thread, later. */
    oneway void callBackLater(IEchoCallback callback, String text);
    oneway void record(int value);
    /** The values record() received, in order. */
    int[] recorded();

    /** Throws the exception named by {@code kind} with {@code message}. */
    void fail(String kind, String message);
}
