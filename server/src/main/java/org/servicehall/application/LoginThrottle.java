package org.servicehall.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Wrong passwords, counted per user name where every staff login passes (the login page and HTTP
 * Basic alike): after {@code servicehall.login.max.failures} (5) within
 * {@code servicehall.login.failure.window.minutes} (15) the name is locked for
 * {@code servicehall.login.lock.minutes} (15), even for the right password, until the lock runs
 * out or IT lifts it. Names are counted whether or not such a user exists, so a lock says nothing
 * about who works here. Counts live in the database, shared by every server of the hall; locks and
 * lifts are in an audit trail (never a password).
 */
public interface LoginThrottle {

    /** Until when a name is locked, and how many wrong passwords count against it now. */
    record Standing(Optional<Instant> lockedUntil, int failures) {

        public boolean locked() {
            return lockedUntil.isPresent();
        }
    }

    /** A name locked now. */
    record Lock(String username, Instant lockedUntil) {
    }

    /** One entry of the audit trail: LOCKED (with the client address) or UNLOCKED (with who lifted it). */
    record Event(Instant at, String username, String event, String actor, String client, String detail) {
    }

    Standing standing(String username);

    /** A wrong password for the name from a client address; the new lock's end when this one locked it. */
    Optional<Instant> failed(String username, String client);

    /** The right password: the name's wrong passwords are forgotten. */
    void succeeded(String username);

    /** How long a lock lasts, for the words that announce it. */
    Duration lockDuration();

    /** Names locked now (IT). */
    List<Lock> locks();

    /** Lifts a lock (IT); true when there was one. */
    boolean unlock(String username, String actor);

    /** The audit trail, newest first (IT). */
    List<Event> audit(int max);
}
