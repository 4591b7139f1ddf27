package com.acme.svc;

import com.acme.svc.IListener;
import com.acme.types.Mood;
import com.acme.types.Point;
import com.acme.types.Record;
import com.acme.types.Token;

/** A store: every direction and the common argument kinds. */
interface IStore {
    const String NAME = "store";
    const int LIMIT = 1 << 4;

    int count();
    String describe(in Point where, boolean verbose);
    @nullable Record find(String name);
    void save(in Record record);
    void load(String name, out Record into);
    void touch(inout Record record);
    int[] sort(in int[] values, out int[] sorted);
    void grow(inout String[] names);
    Mood moodOf(in Token token);
    List<Point> trace(in List<Point> points, out List<Point> dropped);
    Map<String, Point> index(in Map<String, Point> known, inout Map<String, Point> updated);
    void listen(IListener listener);
    IListener[] listeners();
    IBinder token(in @nullable IBinder hint);
    ParcelFileDescriptor open(String path);
    /** @deprecated use count */
    int size();
    oneway void poke(int times);
}
