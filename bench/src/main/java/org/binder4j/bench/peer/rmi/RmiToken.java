package org.binder4j.bench.peer.rmi;

import java.rmi.Remote;

/** A remote object with no methods: what the binder-object case passes to the server and back. */
public interface RmiToken extends Remote {}
