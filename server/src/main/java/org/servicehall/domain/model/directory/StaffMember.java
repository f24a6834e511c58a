package org.servicehall.domain.model.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;
import org.servicehall.domain.model.complaint.StaffRef;

/**
 * A staff member as the complaint process knows them: user name (the same as in the user
 * registry, which holds passwords and roles), name, staff number, department and window.
 */
@Entity
@Table(name = "STAFF_MEMBER")
@NamedQuery(name = "StaffMember.all", query = "SELECT s FROM StaffMember s ORDER BY s.departmentCode, s.username")
@NamedQuery(name = "StaffMember.inDepartment",
        query = "SELECT s FROM StaffMember s WHERE s.departmentCode = :department AND s.active = TRUE ORDER BY s.username")
public class StaffMember {

    @Id
    @Column(name = "USERNAME", length = 64)
    private String username;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 100)
    private String displayName;

    @Column(name = "STAFF_NUMBER", length = 20)
    private String staffNumber;

    @Column(name = "DEPARTMENT_CODE", length = 40)
    private String departmentCode;

    @Column(name = "WINDOW_NUMBER", length = 20)
    private String window;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    protected StaffMember() {
        // for JPA
    }

    public StaffMember(String username, String displayName, String staffNumber, String departmentCode, String window) {
        if (username == null || !username.matches("[a-z][a-z0-9._-]{1,63}")) {
            throw new IllegalArgumentException("a user name is 2-64 lower-case letters, digits, . _ -");
        }
        this.username = username;
        this.active = true;
        update(displayName, staffNumber, departmentCode, window);
    }

    public void update(String displayName, String staffNumber, String departmentCode, String window) {
        this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
        this.staffNumber = blankToNull(staffNumber);
        this.departmentCode = blankToNull(departmentCode);
        this.window = blankToNull(window);
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Optional<String> staffNumber() {
        return Optional.ofNullable(staffNumber);
    }

    public Optional<String> departmentCode() {
        return Optional.ofNullable(departmentCode);
    }

    public Optional<String> window() {
        return Optional.ofNullable(window);
    }

    public boolean isActive() {
        return active;
    }

    public StaffRef ref() {
        return new StaffRef(username, displayName, departmentCode);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
