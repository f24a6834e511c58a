package org.servicehall.ui.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicehall.ui.facade.staff.CalendarDay;
import org.servicehall.ui.facade.staff.DirectoryEntry;
import org.servicehall.ui.facade.staff.StaffEntry;
import org.servicehall.ui.facade.staff.OfficeDesk;
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
    transient OfficeDesk office;

    @Inject
    StaffSession session;

    private List<DirectoryEntry> departments = List.of();
    private List<StaffEntry> staff = List.of();
    private final DirectoryForm department = new DirectoryForm();
    private final StaffForm member = new StaffForm();
    private int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private YearMonth shownMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    private MonthDays monthDays;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        try {
            departments = office.directory(session.getLocale());
            staff = office.staffDirectory(session.getLocale());
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
            office.save(department.entry(), session.getLocale());
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
            office.save(member.entry(), session.getLocale());
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
        return office.deadlineRules().entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\.", 2);
            return new Rule(key[0], key[1], e.getValue());
        }).toList();
    }

    /** One deadline rule: stage and urgency codes, and the rule as the configuration writes it. */
    public record Rule(String stage, String urgency, String rule) implements Serializable {
    }

    public List<CalendarDay> getCalendar() {
        return office.calendar(year);
    }

    public int getYear() {
        return year;
    }

    /** A year typed in: the grid shows the same month of that year. */
    public void setYear(int year) {
        this.year = year;
        shownMonth = shownMonth.withYear(year);
    }

    // ---------------------------------------------------------------- the month grid

    public void previousMonth() {
        shownMonth = shownMonth.minusMonths(1);
        year = shownMonth.getYear();
        monthDays = null;
    }

    public void nextMonth() {
        shownMonth = shownMonth.plusMonths(1);
        year = shownMonth.getYear();
        monthDays = null;
    }

    /** The shown month's title, e.g. 2026年11月 or November 2026. */
    public String getMonthTitle() {
        return Messages.staff(session.getLocale(), "calendar.monthTitle", Integer.toString(shownMonth.getYear()),
                Messages.staff(session.getLocale(), "calendar.month." + shownMonth.getMonthValue()));
    }

    /** Monday to Sunday, the grid's column heads. */
    public List<String> getWeekdays() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.add(Messages.staff(session.getLocale(), "calendar.weekday." + day));
        }
        return names;
    }

    /** The weeks (Monday first) that hold a day of the shown month; days of the months around it are marked. */
    public List<List<GridDay>> getWeeks() {
        if (monthDays == null || !monthDays.month().equals(shownMonth)) {
            Map<LocalDate, String> special = new HashMap<>();
            office.calendar(shownMonth.getYear()).forEach(d -> special.put(d.date(), d.kind()));
            monthDays = new MonthDays(shownMonth, special);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<List<GridDay>> weeks = new ArrayList<>();
        LocalDate day = shownMonth.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shownMonth.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (!day.isAfter(last)) {
            List<GridDay> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                String kind = monthDays.special().getOrDefault(day,
                        day.getDayOfWeek().getValue() >= 6 ? "WEEKEND" : "WORKDAY");
                week.add(new GridDay(day, YearMonth.from(day).equals(shownMonth), kind, day.equals(today)));
            }
            weeks.add(week);
        }
        return weeks;
    }

    /** A day of the grid: its kind is {@code WORKDAY}, {@code WEEKEND}, {@code HOLIDAY} or {@code MAKE_UP_WORKDAY}. */
    public record GridDay(LocalDate date, boolean inMonth, String kind, boolean today) implements Serializable {

        public int getDayOfMonth() {
            return date.getDayOfMonth();
        }

        /** Whether ServiceHall counts the day in working-day deadlines. */
        public boolean isWorking() {
            return "WORKDAY".equals(kind) || "MAKE_UP_WORKDAY".equals(kind);
        }
    }

    /** The special days of the shown month's year, read once per month shown. */
    private record MonthDays(YearMonth month, Map<LocalDate, String> special) implements Serializable {
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
