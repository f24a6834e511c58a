package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * The current assignment of the investigation (任务分派): to which department and handler, with
 * which scope and standards, by whom and when.
 */
@Embeddable
public class Assignment {

    @Column(name = "ASSIGNED_DEPARTMENT", length = 40)
    private String departmentCode;

    @Column(name = "ASSIGNED_DEPARTMENT_NAME", length = 100)
    private String departmentName;

    @Column(name = "HANDLER_ID", length = 64)
    private String handlerId;

    @Column(name = "HANDLER_NAME", length = 100)
    private String handlerName;

    @Column(name = "ASSIGNMENT_SCOPE", length = 1000)
    private String scope;

    @Column(name = "ASSIGNMENT_STANDARDS", length = 500)
    private String standards;

    @Column(name = "ASSIGNED_AT")
    private Instant assignedAt;

    @Column(name = "ASSIGNED_BY", length = 64)
    private String assignedBy;

    protected Assignment() {
        // for JPA
    }

    Assignment(DepartmentRef department, StaffRef handler, String scope, String standards, Instant at, String by) {
        this.departmentCode = department.code();
        this.departmentName = department.name();
        this.handlerId = handler.username();
        this.handlerName = handler.displayName();
        this.scope = Texts.required(scope, 1000, "scope");
        this.standards = Texts.optional(standards, 500, "standards");
        this.assignedAt = at;
        this.assignedBy = by;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String departmentName() {
        return departmentName;
    }

    public String handlerId() {
        return handlerId;
    }

    public String handlerName() {
        return handlerName;
    }

    public String scope() {
        return scope;
    }

    public Optional<String> standards() {
        return Optional.ofNullable(standards);
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public String assignedBy() {
        return assignedBy;
    }
}
