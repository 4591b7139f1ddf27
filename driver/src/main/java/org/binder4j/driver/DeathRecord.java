package org.binder4j.driver;

/**
 * A death notification a process asked for on one of its refs (binder_ref_death). Its kind says what
 * it will deliver: BR_DEAD_BINDER, BR_DEAD_BINDER then a clear once acknowledged, or
 * BR_CLEAR_DEATH_NOTIFICATION_DONE.
 */
final class DeathRecord extends Work {
    final long cookie;

    DeathRecord(long cookie) {
        super(DEAD_BINDER);
        this.cookie = cookie;
    }
}
