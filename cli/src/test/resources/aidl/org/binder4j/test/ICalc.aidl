package org.binder4j.test;

/** The interface CalcServerMain implements by hand, for `binder4j service call NAME METHOD`. */
interface ICalc {
    @Backing(type="int")
    enum Op { ADD = 1, MUL = 2 }

    parcelable Point {
        int x;
        int y;
        @nullable String label;
        int weight = 1;
    }

    int apply(Op op, int a, int b);
    String greet(@nullable String name);
    int[] reverse(in int[] values);
    Point move(in Point p, int dx, int dy);
    void bounds(in int[] values, out Point range);
    void scale(inout Point p, int factor);
    void fill(out long[] values, long start);
    void fail(int code, String message);
    oneway void note(String text);
    String lastNote();
    Op[] ops();
    List<String> split(String text);
    IBinder self();
}
