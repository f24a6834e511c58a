package org.servicehall.ui.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.servicehall.ui.facade.staff.CalendarDay;
import org.servicehall.ui.facade.staff.DirectoryEntry;
import org.servicehall.ui.facade.staff.StaffEntry;
import org.servicehall.ui.facade.staff.StaffFacade;
import org.servicehall.ui.facade.staff.StepRefusedException;
import org.servicehall.ui.support.Messages;

/**
 * The directory for supervisors and IT: departments and the external agencies that redirects name,
 * staff members and their departments, the deadline of each stage, and the year's calendar. One
 * entry is edited at a time in a form below its table; a refused save keeps the form as typed.
 */
@Named
@ViewScoped
public class DirectoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffFacade facade;

    @Inject
    StaffSession session;

    private List<DirectoryEntry> departments = List.of();
    private List<StaffEntry> staff = List.of();
    private final DirectoryForm department = new DirectoryForm();
    private final StaffForm member = new StaffForm();
    private int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        try {
            departments = facade.directory(session.getLocale());
            staff = facade.staffDirectory(session.getLocale());
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "departments");
        }
    }

    public void editDepartment(DirectoryEntry entry) {
        department.fill(entry);
    }

    public void newDepartment() {
        department.fill(new DirectoryEntry(null, "DEPARTMENT", null, null, null, null, null, null, true));
    }

    public void saveDepartment() {
        try {
            facade.save(department.entry(), session.getLocale());
            department.fill(null);
            StaffPages.info(Messages.staff(session.getLocale(), "directory.saved"));
            reload();
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "departmentForm");
        }
    }

    public void editMember(StaffEntry entry) {
        member.fill(entry);
    }

    public void newMember() {
        member.fill(new StaffEntry(null, null, null, null, null, true));
    }

    public void saveMember() {
        try {
            facade.save(member.entry(), session.getLocale());
            member.fill(null);
            StaffPages.info(Messages.staff(session.getLocale(), "directory.saved"));
            reload();
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "memberForm");
        }
    }

    public List<DirectoryEntry> getDepartments() {
        return departments;
    }

    public List<StaffEntry> getStaff() {
        return staff;
    }

    public DirectoryForm getDepartment() {
        return department;
    }

    public StaffForm getMember() {
        return member;
    }

    /** The deadline of each stage per urgency, as rows. */
    public List<Rule> getDeadlineRules() {
        return facade.deadlineRules().entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\.", 2);
            return new Rule(key[0], key[1], e.getValue());
        }).toList();
    }

    /** One deadline rule: stage and urgency codes, and the rule as the configuration writes it. */
    public record Rule(String stage, String urgency, String rule) implements Serializable {
    }

    public List<CalendarDay> getCalendar() {
        return facade.calendar(year);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    /** The department form: editable copies of an entry's fields; {@code open} while an entry is edited. */
    public static final class DirectoryForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean open;
        private boolean existing;
        private String code, kind, nameZh, nameEn, phone, address, officeHours, remit;
        private boolean active;

        void fill(DirectoryEntry e) {
            open = e != null;
            existing = e != null && e.code() != null;
            code = e == null ? null : e.code();
            kind = e == null ? null : e.kind();
            nameZh = e == null ? null : e.nameZh();
            nameEn = e == null ? null : e.nameEn();
            phone = e == null ? null : e.phone();
            address = e == null ? null : e.address();
            officeHours = e == null ? null : e.officeHours();
            remit = e == null ? null : e.remit();
            active = e == null || e.active();
        }

        DirectoryEntry entry() {
            return new DirectoryEntry(code, kind, nameZh, nameEn, phone, address, officeHours, remit, active);
        }

        public boolean isOpen() { return open; }
        public boolean isExisting() { return existing; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getNameZh() { return nameZh; }
        public void setNameZh(String nameZh) { this.nameZh = nameZh; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public String getOfficeHours() { return officeHours; }
        public void setOfficeHours(String officeHours) { this.officeHours = officeHours; }
        public String getRemit() { return remit; }
        public void setRemit(String remit) { this.remit = remit; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
    }

    /** The staff form: editable copies of a member's fields. */
    public static final class StaffForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean open;
        private boolean existing;
        private String username, displayName, staffNumber, departmentCode, window;
        private boolean active;

        void fill(StaffEntry e) {
            open = e != null;
            existing = e != null && e.username() != null;
            username = e == null ? null : e.username();
            displayName = e == null ? null : e.displayName();
            staffNumber = e == null ? null : e.staffNumber();
            departmentCode = e == null ? null : e.departmentCode();
            window = e == null ? null : e.window();
            active = e == null || e.active();
        }

        StaffEntry entry() {
            return new StaffEntry(username, displayName, staffNumber, departmentCode, window, active);
        }

        public boolean isOpen() { return open; }
        public boolean isExisting() { return existing; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getStaffNumber() { return staffNumber; }
        public void setStaffNumber(String staffNumber) { this.staffNumber = staffNumber; }
        public String getDepartmentCode() { return departmentCode; }
        public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
        public String getWindow() { return window; }
        public void setWindow(String window) { this.window = window; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
    }
}
