package org.servicehall.application;

/**
 * Where the staff of this server come from: the demo's registry in the demo run, the first
 * administrator the operator names on a deployed server, the organisation's directory (LDAP), or
 * nobody yet.
 */
public interface StaffAccounts {

    /** Whether this is the demo run (or the test server): demo staff and the demo directory. */
    boolean isDemo();

    /**
     * True when neither the demo registry, a first administrator nor a directory is configured: a
     * deployed server whose operator has not set up staff yet, where nobody can log in.
     */
    boolean noStaffAccount();

    /**
     * After a refused login: whether the refusal may be the directory's fault rather than the
     * password's, i.e. staff come from a directory that cannot be reached now. Says so in the log.
     */
    default boolean directoryUnreachable() {
        return false;
    }
}
