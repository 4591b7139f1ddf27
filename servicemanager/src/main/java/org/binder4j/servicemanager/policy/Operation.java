package org.binder4j.servicemanager.policy;

import java.util.Locale;

/** What a caller asks the service manager to do, as an {@link AccessPolicy} names it. */
public enum Operation {
    /** Register a name (also: register a client callback for it, unregister it). */
    ADD,
    /** Look a name up (also: be told when it is registered). */
    FIND,
    /** List the registered names. */
    LIST,
    /** Register a name that a process of another uid has registered, replacing that registration. */
    TAKEOVER;

    /** The operation's name in a policy file and in messages: "add", "find", "list", "takeover". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
