package org.servicehall.domain.shared;

import java.util.Objects;

/**
 * Who performed an action, in which role, and from which terminal or channel: what every history
 * entry records. Citizens at a kiosk act anonymously as {@link Role#CITIZEN}.
 *
 * @param id             the staff user name, or {@code "anonymous"} for citizens
 * @param role           the role the action was performed in
 * @param terminal       the kiosk or window terminal id, or the channel name when there is no terminal
 * @param departmentCode the staff member's department, if any
 */
public record Actor(String id, Role role, String terminal, String departmentCode) {

    public static final String ANONYMOUS = "anonymous";

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(terminal, "terminal");
    }

    public Actor(String id, Role role, String terminal) {
        this(id, role, terminal, null);
    }

    /** A staff member acting at a terminal, in their department. */
    public static Actor staff(String username, Role role, String terminal, String departmentCode) {
        return new Actor(username, role, terminal, departmentCode);
    }

    /** ServiceHall itself, e.g. an escalation rule; {@code source} names the rule or job. */
    public static Actor system(String source) {
        return new Actor("system", Role.SYSTEM, source, null);
    }

    /** A citizen filing without logging in, at the given terminal or through the given channel. */
    public static Actor citizen(String terminal) {
        return new Actor(ANONYMOUS, Role.CITIZEN, terminal);
    }

    /** The roles people act in. */
    public enum Role {
        CITIZEN, RECEPTION, HANDLER, SUPERVISOR, ADMIN, SYSTEM
    }
}
