package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.servicehall.application.CaseAssignment;
import org.servicehall.application.CaseView;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.directory.Department;
import org.servicehall.domain.model.directory.Directory;
import org.servicehall.domain.model.directory.StaffMember;

/** Assignment to a department and handler; the department's sign-for or return. */
@ApplicationScoped
public class DefaultCaseAssignment implements CaseAssignment {

    @Inject
    CaseCommands cases;

    @Inject
    Directory directory;

    @Inject
    DeadlinePolicy deadlines;

    @Override
    public CaseView assign(String trackingNumber, Long expectedVersion, Order order) {
        Department department = directory.department(orEmpty(order.departmentCode()))
                .filter(d -> d.kind() == Department.Kind.DEPARTMENT && d.isActive())
                .orElseThrow(() -> Inputs.invalid("departmentCode", order.departmentCode() == null ? "required" : "unknown"));
        StaffMember handler = directory.staffMember(orEmpty(order.handlerId())).filter(StaffMember::isActive)
                .orElseThrow(() -> Inputs.invalid("handlerId", order.handlerId() == null ? "required" : "unknown"));
        return cases.change(trackingNumber, expectedVersion, (complaint, actor) -> complaint.investigation().assign(department.ref(),
                handler.ref(), order.scope(), order.standards(), order.handleDue(), actor, cases.now(), deadlines));
    }

    @Override
    public CaseView signFor(String trackingNumber, Long expectedVersion) {
        return cases.change(trackingNumber, expectedVersion, (complaint, actor) -> complaint.investigation().signFor(actor, cases.now()));
    }

    @Override
    public CaseView returnAssignment(String trackingNumber, Long expectedVersion, String reason) {
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.investigation().returnAssignment(reason, actor, cases.now()));
    }

    private static String orEmpty(String text) {
        return text == null || text.isBlank() ? "" : text.strip();
    }
}
