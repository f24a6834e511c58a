package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.servicehall.application.AccessDeniedException;
import org.servicehall.application.CallerContext;
import org.servicehall.application.DirectoryAdmin;
import org.servicehall.domain.model.directory.Department;
import org.servicehall.domain.model.directory.Directory;
import org.servicehall.domain.model.directory.StaffMember;
import org.servicehall.domain.shared.Actor;

/** Departments, agencies and staff; every staff member may read, supervisors and IT may change. */
@ApplicationScoped
public class DefaultDirectoryAdmin implements DirectoryAdmin {

    @Inject
    Directory directory;

    @Inject
    CallerContext caller;

    @Override
    @Transactional
    public List<DepartmentView> departments() {
        return directory.departments().stream().map(DefaultDirectoryAdmin::view).toList();
    }

    @Override
    @Transactional
    public DepartmentView save(DepartmentView given) {
        requireMaintainer();
        Department.Kind kind = Inputs.enumValue(Department.Kind.class, given.kind(), "kind");
        try {
            Department department = directory.department(given.code() == null ? "" : given.code())
                    .orElseGet(() -> new Department(given.code(), kind, given.nameZh(), given.nameEn()));
            department.rename(given.nameZh(), given.nameEn());
            department.describeContact(given.phone(), given.address(), given.officeHours(), given.remit());
            department.activate(given.active());
            directory.store(department);
            return view(department);
        } catch (IllegalArgumentException e) {
            throw Inputs.invalid("department", "invalid");
        }
    }

    @Override
    @Transactional
    public List<StaffView> staff() {
        return directory.staff().stream().map(DefaultDirectoryAdmin::view).toList();
    }

    @Override
    @Transactional
    public StaffView save(StaffView given) {
        requireMaintainer();
        if (given.departmentCode() != null && !given.departmentCode().isBlank()
                && directory.department(given.departmentCode()).isEmpty()) {
            throw Inputs.invalid("departmentCode", "unknown");
        }
        try {
            StaffMember member = directory.staffMember(given.username() == null ? "" : given.username())
                    .orElseGet(() -> new StaffMember(given.username(), given.displayName(), given.staffNumber(),
                            given.departmentCode(), given.window()));
            member.update(given.displayName(), given.staffNumber(), given.departmentCode(), given.window());
            member.activate(given.active());
            directory.store(member);
            return view(member);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Inputs.invalid("staff", "invalid");
        }
    }

    private void requireMaintainer() {
        if (!caller.hasRole(Actor.Role.SUPERVISOR) && !caller.hasRole(Actor.Role.ADMIN)) {
            throw new AccessDeniedException("forbidden");
        }
    }

    private static DepartmentView view(Department d) {
        return new DepartmentView(d.code(), d.kind().name(), d.nameZh(), d.nameEn(), d.phone().orElse(null),
                d.address().orElse(null), d.officeHours().orElse(null), d.remit().orElse(null), d.isActive());
    }

    private static StaffView view(StaffMember s) {
        return new StaffView(s.username(), s.displayName(), s.staffNumber().orElse(null), s.departmentCode().orElse(null),
                s.window().orElse(null), s.isActive());
    }
}
