package org.binder4j.it.cli;

import java.util.List;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.ServiceSpecificException;
import org.binder4j.it.TestServerMain;

/**
 * A peer serving {@value #NAME}: test/resources/aidl/org/binder4j/test/ICalc.aidl implemented by hand on the
 * wire, as a generated stub would read and write it, so that {@code service call NAME METHOD} is checked against
 * an implementation of its own. Prints {@link TestServerMain#READY} and its pid once it serves.
 */
public final class CalcServerMain {
    static final String NAME = "cli.calc";
    static final String DESCRIPTOR = "org.binder4j.test.ICalc";
    static final String AIDL_ROOT = "/aidl";
    static final String AIDL_FILE = AIDL_ROOT + "/org/binder4j/test/ICalc.aidl";
    static final int OP_ADD = 1;
    static final int OP_MUL = 2;

    private CalcServerMain() {}

    public static void main(String[] args) throws Exception {
        BinderRuntime runtime = BinderRuntime.get();
        runtime.startThreadPool();
        ServiceManager.addService(NAME, new CalcService());
        System.out.println(TestServerMain.READY + runtime.pid());
        System.out.flush();
        runtime.joinThreadPool();
    }

    /** ICalc.Point. */
    record Point(int x, int y, String label, int weight) {
        static Point read(Parcel data) {
            if (data.readInt() == 0) {
                return null;
            }
            int end = data.beginSizedRead();
            Point point = new Point(data.readInt(), data.readInt(), data.readString(), data.readInt());
            data.endSizedRead(end);
            return point;
        }

        void write(Parcel reply) {
            reply.writeInt(1);
            int start = reply.beginSizedWrite();
            reply.writeInt(x);
            reply.writeInt(y);
            reply.writeString(label);
            reply.writeInt(weight);
            reply.endSizedWrite(start);
        }
    }

    /** The methods in declaration order: transaction codes 1, 2, ... */
    static final class CalcService extends Binder {
        private volatile String lastNote = "";

        CalcService() {
            super(DESCRIPTOR);
        }

        @Override
        protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
            if (code < FIRST_CALL_TRANSACTION || code > FIRST_CALL_TRANSACTION + 12) {
                return super.onTransact(code, data, reply, flags);
            }
            data.enforceInterface(DESCRIPTOR);
            try {
                answer(code - FIRST_CALL_TRANSACTION, data, reply);
            } catch (ServiceSpecificException e) {
                reply.setDataSize(0);
                reply.writeException(e);
            }
            return true;
        }

        private void answer(int method, Parcel data, Parcel reply) {
            switch (method) {
                case 0 -> {
                    int op = data.readInt();
                    int a = data.readInt();
                    int b = data.readInt();
                    reply.writeNoException();
                    reply.writeInt(op == OP_MUL ? a * b : a + b);
                }
                case 1 -> {
                    String name = data.readString();
                    reply.writeNoException();
                    reply.writeString("hello " + (name == null ? "nobody" : name));
                }
                case 2 -> {
                    int[] values = data.createIntArray();
                    int[] reversed = new int[values.length];
                    for (int i = 0; i < values.length; i++) {
                        reversed[i] = values[values.length - 1 - i];
                    }
                    reply.writeNoException();
                    reply.writeIntArray(reversed);
                }
                case 3 -> {
                    Point p = Point.read(data);
                    int dx = data.readInt();
                    int dy = data.readInt();
                    reply.writeNoException();
                    new Point(p.x() + dx, p.y() + dy, p.label(), p.weight()).write(reply);
                }
                case 4 -> {
                    int[] values = data.createIntArray();
                    int min = Integer.MAX_VALUE;
                    int max = Integer.MIN_VALUE;
                    for (int value : values) {
                        min = Math.min(min, value);
                        max = Math.max(max, value);
                    }
                    reply.writeNoException();
                    new Point(min, max, "bounds", 1).write(reply);
                }
                case 5 -> {
                    Point p = Point.read(data);
                    int factor = data.readInt();
                    reply.writeNoException();
                    new Point(p.x() * factor, p.y() * factor, p.label(), p.weight()).write(reply);
                }
                case 6 -> {
                    long[] values = new long[data.readInt()];
                    long start = data.readLong();
                    for (int i = 0; i < values.length; i++) {
                        values[i] = start + i;
                    }
                    reply.writeNoException();
                    reply.writeLongArray(values);
                }
                case 7 -> throw new ServiceSpecificException(data.readInt(), data.readString());
                case 8 -> lastNote = data.readString();
                case 9 -> {
                    reply.writeNoException();
                    reply.writeString(lastNote);
                }
                case 10 -> {
                    reply.writeNoException();
                    reply.writeIntArray(new int[] {OP_ADD, OP_MUL});
                }
                case 11 -> {
                    String text = data.readString();
                    reply.writeNoException();
                    reply.writeStringList(List.of(text.split(" ")));
                }
                default -> {
                    reply.writeNoException();
                    reply.writeStrongBinder(this);
                }
            }
        }
    }
}
