package org.servicehall.application;

/**
 * Where the staff of this server come from: the demo's registry in the demo run, the first
 * administrator the operator names on a deployed server, or nobody yet.
 */
public interface StaffAccounts {

    /** Whether this is the demo run (or the test server): demo staff and the demo directory. */
    boolean isDemo();

    /**
     * True when neither the demo registry nor a first administrator is configured: a deployed
     * server whose operator has not named the administrator yet, where nobody can log in.
     */
    boolean noStaffAccount();
}
