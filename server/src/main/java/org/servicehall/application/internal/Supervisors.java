package org.servicehall.application.internal;

import org.servicehall.application.AccessDeniedException;
import org.servicehall.application.CallerContext;
import org.servicehall.domain.shared.Actor;

/** The check of the services only supervisors may use: the statistics and the monthly report. */
final class Supervisors {

    private Supervisors() {
    }

    /** Refuses the call unless the caller is a supervisor. */
    static void require(CallerContext caller) {
        if (!caller.hasRole(Actor.Role.SUPERVISOR)) {
            throw new AccessDeniedException("forbidden");
        }
    }
}
