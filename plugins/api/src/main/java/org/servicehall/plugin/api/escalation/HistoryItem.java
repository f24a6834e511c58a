package org.servicehall.plugin.api.escalation;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in a complaint's history, as a rule sees it: what happened, when, and in which role
 * (the person's identity is left out).
 */
public final class HistoryItem {

    private final String action;
    private final Instant at;
    private final String actorRole;

    /**
     * @param action    e.g. {@code FILED}, {@code ASSIGNED}, {@code SUPERVISED}, {@code URGENCY_RAISED}
     * @param at        when it happened
     * @param actorRole e.g. {@code CITIZEN}, {@code SUPERVISOR}, {@code SYSTEM}
     */
    public HistoryItem(String action, Instant at, String actorRole) {
        this.action = Objects.requireNonNull(action, "action");
        this.at = Objects.requireNonNull(at, "at");
        this.actorRole = Objects.requireNonNull(actorRole, "actorRole");
    }

    public String action() {
        return action;
    }

    public Instant at() {
        return at;
    }

    public String actorRole() {
        return actorRole;
    }

    @Override
    public String toString() {
        return action + "@" + at;
    }
}
