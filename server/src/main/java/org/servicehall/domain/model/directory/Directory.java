package org.servicehall.domain.model.directory;

import java.util.List;
import java.util.Optional;

/** Where departments, agencies and staff members are kept. */
public interface Directory {

    List<Department> departments();

    List<Department> activeOfKind(Department.Kind kind);

    Optional<Department> department(String code);

    void store(Department department);

    List<StaffMember> staff();

    List<StaffMember> staffIn(String departmentCode);

    Optional<StaffMember> staffMember(String username);

    void store(StaffMember member);
}
