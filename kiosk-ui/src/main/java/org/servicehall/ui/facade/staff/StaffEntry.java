package org.servicehall.ui.facade.staff;

import java.io.Serializable;

/** A staff member of the directory (roles and passwords live in the user registry). */
public record StaffEntry(String username, String displayName, String staffNumber, String departmentCode,
                         String window, boolean active) implements Serializable {
}
