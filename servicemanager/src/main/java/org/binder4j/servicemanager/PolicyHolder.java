package org.binder4j.servicemanager;

import java.nio.file.Path;
import org.binder4j.servicemanager.policy.AccessPolicy;
import org.binder4j.servicemanager.policy.PolicyException;

/** The policy in force, and its reload from the policy file: a bad file leaves the old policy in force. */
final class PolicyHolder {
    private final Path file;
    private final int ownUid;
    private final ServiceManagerLog log;
    private volatile AccessPolicy current;

    /** @throws PolicyException if {@code file} (null: the built-in policy) cannot be used */
    PolicyHolder(Path file, int ownUid, ServiceManagerLog log) throws PolicyException {
        this.file = file;
        this.ownUid = ownUid;
        this.log = log;
        this.current = file == null ? AccessPolicy.builtIn(ownUid) : AccessPolicy.read(file, ownUid);
        log.info("access policy: " + current);
    }

    AccessPolicy current() {
        return current;
    }

    /**
     * Reads the policy file again and puts it in force.
     *
     * @return what is in force now
     * @throws PolicyException if the file cannot be used; the previous policy stays in force
     */
    synchronized String reload() throws PolicyException {
        if (file == null) {
            String kept = "no policy file to reload: the " + current + " stays in force";
            log.info(kept);
            return kept;
        }
        try {
            current = AccessPolicy.read(file, ownUid);
        } catch (PolicyException e) {
            log.warn("access policy not reloaded, " + current + " stays in force: " + e.errors().size() + " error"
                    + (e.errors().size() == 1 ? "" : "s") + " in " + file);
            e.errors().forEach(log::warn);
            throw e;
        }
        String reloaded = "access policy reloaded: " + current;
        log.info(reloaded);
        return reloaded;
    }
}
