package org.servicehall.application;

import java.util.Set;
import org.servicehall.domain.shared.Actor;

/** Who is calling: the logged-in staff member (or an anonymous citizen), their roles and terminal. */
public interface CallerContext {

    /** The caller as the domain records them: user name, primary role, terminal, department. */
    Actor actor();

    /** The caller's display name, e.g. for the receipt of a case they received. */
    String displayName();

    Set<Actor.Role> roles();

    default boolean hasRole(Actor.Role role) {
        return roles().contains(role);
    }
}
