package org.binder4j;

/**
 * One registration as {@link IServiceManager#getServiceDebugInfo()} reports it, Android's
 * {@code android.os.ServiceDebugInfo}: the name and the pid of the process that registered it. A
 * structured parcelable: on the wire, an int32 size (counting itself), then the fields in order.
 */
public final class ServiceDebugInfo implements Parcelable {
    /** The registered name. */
    public String name;
    /** The pid of the process that registered the service (the object's host). */
    public int debugPid;

    public static final Creator<ServiceDebugInfo> CREATOR = new Creator<>() {
        @Override
        public ServiceDebugInfo createFromParcel(Parcel source) {
            ServiceDebugInfo info = new ServiceDebugInfo();
            info.readFromParcel(source);
            return info;
        }

        @Override
        public ServiceDebugInfo[] newArray(int size) {
            return new ServiceDebugInfo[size];
        }
    };

    public ServiceDebugInfo() {}

    public ServiceDebugInfo(String name, int debugPid) {
        this.name = name;
        this.debugPid = debugPid;
    }

    @Override
    public void writeToParcel(Parcel dest, int flags) {
        int start = dest.beginSizedWrite();
        dest.writeString(name);
        dest.writeInt(debugPid);
        dest.endSizedWrite(start);
    }

    /** Reads the fields a writer sent; those an older writer did not keep their defaults. */
    public void readFromParcel(Parcel source) {
        int end = source.beginSizedRead();
        if (source.dataPosition() < end) {
            name = source.readString();
        }
        if (source.dataPosition() < end) {
            debugPid = source.readInt();
        }
        source.endSizedRead(end);
    }

    @Override
    public String toString() {
        return "ServiceDebugInfo{name=" + name + ", debugPid=" + debugPid + "}";
    }
}
