package org.binder4j.behaviour;

import org.binder4j.behaviour.Bag;
import org.binder4j.behaviour.Frozen;
import org.binder4j.behaviour.ICallback;
import org.binder4j.behaviour.Level;
import org.binder4j.behaviour.Mode;
import org.binder4j.behaviour.Point;
import org.binder4j.behaviour.Shape;

/** Every kind of argument and result, in every direction. */
interface ITestService {
    const int FAILURE_ILLEGAL_ARGUMENT = 1;
    const int FAILURE_ILLEGAL_STATE = 2;
    const int FAILURE_SECURITY = 3;
    const int FAILURE_NULL_POINTER = 4;
    const int FAILURE_UNSUPPORTED = 5;
    const int FAILURE_SERVICE_SPECIFIC = 6;

    boolean echoBoolean(boolean v);
    byte echoByte(byte v);
    char echoChar(char v);
    int echoInt(int v);
    long echoLong(long v);
    float echoFloat(float v);
    double echoDouble(double v);
    String echoString(String v);
    @nullable String echoNullableString(in @nullable String v);

    int[] reverse(in int[] values, out int[] copy);
    void fill(out byte[] buffer, byte value);
    void doubleAll(inout long[] values);
    String[] upper(in String[] words, inout String[] scratch);
    boolean[] negate(in boolean[] values);
    char[] echoChars(in char[] values);
    float[] echoFloats(in float[] values);
    double[] echoDoubles(in double[] values);
    @nullable int[] echoNullableInts(in @nullable int[] values);
    int[2][3] transpose(in int[3][2] matrix);

    List<String> sortStrings(in List<String> values, out List<String> dropped);
    List<Point> shiftAll(in List<Point> points, int dx, inout List<Point> seen);
    Map<String, Point> move(in Map<String, Point> points, int dx, inout Map<String, Point> history);
    Map<String, String[]> split(in Map<String, String> sentences);

    Point mirror(in Point p);
    void shift(inout Point p, int dx);
    void origin(out Point p);
    @nullable Point echoNullablePoint(in @nullable Point p);
    Bag echoBag(in Bag bag);
    Point[] mirrorAll(in Point[] points, out Point[] copies);
    Frozen renamed(in Frozen frozen, String name);

    Shape grow(in Shape shape);
    void reshape(inout Shape shape);

    Mode next(Mode mode);
    Mode[] reverseModes(in Mode[] modes);
    Level raise(Level level);

    IBinder echoBinder(IBinder binder);
    @nullable IBinder echoNullableBinder(in @nullable IBinder binder);
    List<IBinder> echoBinders(in List<IBinder> binders);
    IBinder[] echoBinderArray(in IBinder[] binders);

    int callBack(ICallback callback, int value);
    void notifyLater(ICallback callback, int code, String text);
    ICallback echoCallback(ICallback callback);
    @nullable ICallback echoNullableCallback(in @nullable ICallback callback);
    int countCallbacks(in ICallback[] callbacks, in List<ICallback> more);

    oneway void record(int value);

    void fail(int failure, String message);

    ParcelFileDescriptor echoFd(in ParcelFileDescriptor fd);

    List echoRawList(in List values);
    Map echoRawMap(in Map values);
    CharSequence echoText(CharSequence text);
}
