package org.binder4j.servicemanager;

import java.util.ArrayList;
import java.util.List;
import org.binder4j.IBinder;
import org.binder4j.IClientCallback;

/** One registration: the binder under a name, who registered it, and its client-callback bookkeeping. */
final class ServiceRecord {
    final String name;
    final IBinder binder;
    final int dumpPriority;
    final int uid;
    final int pid;
    final List<IClientCallback> clientCallbacks = new ArrayList<>(1);
    /** What the client callbacks were last told. */
    boolean hasClients;
    /** Someone just looked the service up: it counts as used until the next periodic check. */
    boolean guaranteeClient;

    ServiceRecord(String name, IBinder binder, int dumpPriority, int uid, int pid) {
        this.name = name;
        this.binder = binder;
        this.dumpPriority = dumpPriority;
        this.uid = uid;
        this.pid = pid;
    }
}
