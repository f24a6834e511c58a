package org.servicehall.domain.model.complaint;

import java.util.Objects;

/**
 * A staff member as a complaint refers to them: user name, the name to show, and their department.
 *
 * @param departmentCode may be null for staff outside any department (e.g. IT)
 */
public record StaffRef(String username, String displayName, String departmentCode) {

    public StaffRef {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
    }
}
