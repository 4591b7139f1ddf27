package org.binder4j;

import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_BINDER;
import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_HANDLE;
import static org.binder4j.protocol.FlatObjectDescriptor.FLAT_BINDER_FLAG_ACCEPTS_FDS;

import org.binder4j.protocol.FlatObjectDescriptor;

/**
 * How binder objects are flattened into a parcel: a 24-byte flat_binder_object listed in the object
 * table (a null object is not listed), followed by an int32 stability word.
 */
final class ParcelBinders {
    /** libbinder's SYSTEM stability level; a non-null object must not carry 0 (undeclared). */
    static final int STABILITY_SYSTEM = 0b001100;
    /** libbinder's VINTF stability level: objects of {@code @VintfStability} interfaces. */
    static final int STABILITY_VINTF = 0b111111;
    /** As libbinder: SCHED_NORMAL with nice 19 as the node's minimum priority. */
    private static final int DEFAULT_PRIORITY_FLAGS = 0x13;
    private static final int LOCAL_FLAGS = FLAT_BINDER_FLAG_ACCEPTS_FDS | DEFAULT_PRIORITY_FLAGS;

    private ParcelBinders() {}

    static void write(Parcel parcel, IBinder binder) {
        if (binder == null) {
            parcel.writeFlatObject(BINDER_TYPE_BINDER, 0, 0, 0, false);
            parcel.writeInt(0);
            return;
        }
        if (binder instanceof BinderProxy proxy) {
            parcel.setRuntime(proxy.runtime());
            parcel.writeFlatObject(BINDER_TYPE_HANDLE, DEFAULT_PRIORITY_FLAGS, proxy.handle(), 0, true);
            parcel.writeInt(STABILITY_SYSTEM);
        } else if (binder instanceof Binder local) {
            parcel.holdBinder(local);
            parcel.writeFlatObject(BINDER_TYPE_BINDER, LOCAL_FLAGS, local.cookie(), local.cookie(), true);
            parcel.writeInt(local.stability());
        } else {
            throw new IllegalArgumentException("cannot send " + binder.getClass().getName()
                    + ": an IBinder must be a Binder or a BinderProxy");
        }
    }

    static IBinder read(Parcel parcel) {
        int position = parcel.dataPosition();
        if (parcel.dataAvail() < FlatObjectDescriptor.SIZE_BYTES + 4) {
            throw new BadParcelableException("no binder object at position " + position + ": only "
                    + parcel.dataAvail() + " bytes left");
        }
        int type = parcel.readInt();
        parcel.readInt();
        long value = parcel.readLong();
        long cookie = parcel.readLong();
        parcel.readInt();
        boolean listed = parcel.isObjectAt(position);
        if (type == BINDER_TYPE_BINDER && value == 0 && cookie == 0) {
            // Unlisted, it is a null binder; listed, it is the context manager coming home.
            BinderRuntime runtime = parcel.runtime();
            return listed && runtime != null ? runtime.contextManagerObject() : null;
        }
        if (!listed) {
            throw new BadParcelableException("the " + FlatObjectDescriptor.typeName(type) + " object at position "
                    + position + " is not in the parcel's object table");
        }
        if (type == BINDER_TYPE_BINDER) {
            Binder local = LocalBinders.find(cookie);
            if (local == null) {
                throw new BadParcelableException("local object 0x" + Long.toHexString(cookie) + " no longer exists");
            }
            return local;
        }
        if (type == BINDER_TYPE_HANDLE) {
            BinderRuntime runtime = parcel.runtime();
            if (runtime == null) {
                throw new IllegalStateException("handle " + value + " at position " + position
                        + " belongs to no runtime: the parcel neither came from the driver nor holds a proxy");
            }
            return runtime.proxyForHandle((int) value);
        }
        throw new BadParcelableException("unexpected " + FlatObjectDescriptor.typeName(type) + " object at position "
                + position + " where a binder was expected");
    }
}
