package org.servicehall.application;

import java.util.List;

/** The directory of departments, external agencies and staff, as supervisors and IT maintain it. */
public interface DirectoryAdmin {

    List<DepartmentView> departments();

    /** Creates or updates a department or agency (by code). */
    DepartmentView save(DepartmentView department);

    List<StaffView> staff();

    StaffView save(StaffView member);

    record DepartmentView(String code, String kind, String nameZh, String nameEn, String phone, String address,
                          String officeHours, String remit, boolean active) {
    }

    record StaffView(String username, String displayName, String staffNumber, String departmentCode, String window,
                     boolean active) {
    }
}
