package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.util.Set;

/** The logged-in staff member. */
public record Me(String username, String displayName, Set<String> roles, String departmentCode,
                 String departmentName) implements Serializable {

    public boolean has(String role) {
        return roles.contains(role);
    }
}
