package org.binder4j;

/**
 * Where to reach a service over a network, Android's {@code android.os.ConnectionInfo} (RPC binder), as
 * {@link IServiceManager#getConnectionInfo} returns it. binder4j has no RPC binder, so the service
 * manager never returns one; the type exists for the interface's wire shape. A structured parcelable.
 */
public final class ConnectionInfo implements Parcelable {
    public String ipAddress;
    public int port;

    public static final Creator<ConnectionInfo> CREATOR = new Creator<>() {
        @Override
        public ConnectionInfo createFromParcel(Parcel source) {
            ConnectionInfo info = new ConnectionInfo();
            info.readFromParcel(source);
            return info;
        }

        @Override
        public ConnectionInfo[] newArray(int size) {
            return new ConnectionInfo[size];
        }
    };

    @Override
    public void writeToParcel(Parcel dest, int flags) {
        int start = dest.beginSizedWrite();
        dest.writeString(ipAddress);
        dest.writeInt(port);
        dest.endSizedWrite(start);
    }

    /** Reads the fields a writer sent; those an older writer did not keep their defaults. */
    public void readFromParcel(Parcel source) {
        int end = source.beginSizedRead();
        if (source.dataPosition() < end) {
            ipAddress = source.readString();
        }
        if (source.dataPosition() < end) {
            port = source.readInt();
        }
        source.endSizedRead(end);
    }

    @Override
    public String toString() {
        return "ConnectionInfo{ipAddress=" + ipAddress + ", port=" + port + "}";
    }
}
