package org.servicehall.interfaces.ui;

import static org.servicehall.interfaces.ui.StepRefusals.inWords;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicehall.application.CallerContext;
import org.servicehall.application.DirectoryAdmin;
import org.servicehall.application.Improvements;
import org.servicehall.application.StaffAccounts;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.directory.Department;
import org.servicehall.domain.model.directory.Directory;
import org.servicehall.domain.model.directory.StaffMember;
import org.servicehall.ui.facade.staff.CalendarDay;
import org.servicehall.ui.facade.staff.DirectoryEntry;
import org.servicehall.ui.facade.staff.Improvement;
import org.servicehall.ui.facade.staff.Me;
import org.servicehall.ui.facade.staff.OfficeDesk;
import org.servicehall.ui.facade.staff.Option;
import org.servicehall.ui.facade.staff.StaffEntry;

/**
 * The office behind the staff screens: who is logged in, the directory, improvement actions,
 * deadline rules and the calendar, through the application services, which check the caller.
 */
@ApplicationScoped
public class DefaultOfficeDesk implements OfficeDesk {

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    CallerContext caller;

    @Inject
    Directory directory;

    @Inject
    CategoryCatalog catalog;

    @Inject
    Improvements improvements;

    @Inject
    DirectoryAdmin directoryAdmin;

    @Inject
    DeadlinePolicy deadlines;

    @Override
    public boolean noStaffAccount() {
        return staffAccounts.noStaffAccount();
    }

    @Override
    public boolean staffDirectoryUnreachable() {
        return staffAccounts.directoryUnreachable();
    }

    @Override
    public Me me() {
        var actor = caller.actor();
        Set<String> roles = caller.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
        String department = actor.departmentCode();
        String departmentName = department == null ? null
                : directory.department(department).map(d -> d.name(Locale.SIMPLIFIED_CHINESE)).orElse(department);
        return new Me(actor.id(), caller.displayName(), roles, department, departmentName);
    }

    @Override
    public List<Option> categories(Locale locale) {
        return catalog.all().stream().map(c -> new Option(c.code(), c.label(locale), null)).toList();
    }

    @Override
    public List<Option> departments(Locale locale) {
        return directory.activeOfKind(Department.Kind.DEPARTMENT).stream()
                .map(d -> new Option(d.code(), d.name(locale), d.remit().orElse(null))).toList();
    }

    @Override
    public List<Option> agencies(Locale locale) {
        return directory.activeOfKind(Department.Kind.EXTERNAL_AGENCY).stream()
                .map(d -> new Option(d.code(), d.name(locale), d.contactLine())).toList();
    }

    @Override
    public List<Option> handlers(String departmentCode) {
        if (departmentCode == null || departmentCode.isBlank()) {
            return List.of();
        }
        return directory.staffIn(departmentCode).stream().filter(StaffMember::isActive)
                .map(s -> new Option(s.username(), s.displayName(), s.staffNumber().orElse(null))).toList();
    }

    @Override
    public List<Option> staff() {
        return directory.staff().stream().filter(StaffMember::isActive)
                .map(m -> new Option(m.username(), m.displayName(), m.departmentCode().orElse(null))).toList();
    }

    @Override
    public List<Improvement> improvements(Locale locale) {
        return inWords(locale, () -> improvements.all().stream().map(this::improvement).toList());
    }

    @Override
    public Improvement raiseImprovement(String title, String description, String owner, LocalDate dueOn,
                                        List<String> cases, Locale locale) {
        return inWords(locale, () -> improvement(improvements.raise(title, description, owner, dueOn, cases)));
    }

    @Override
    public Improvement reportProgress(long id, String progress, Locale locale) {
        return inWords(locale, () -> improvement(improvements.reportProgress(id, progress)));
    }

    @Override
    public Improvement closeImprovement(long id, boolean done, String outcome, Locale locale) {
        return inWords(locale, () -> improvement(improvements.close(id, done, outcome)));
    }

    private Improvement improvement(Improvements.ActionView a) {
        String ownerName = a.owner() == null ? null
                : directory.staffMember(a.owner()).map(StaffMember::displayName).orElse(a.owner());
        return new Improvement(a.id(), a.title(), a.description(), a.owner(), ownerName, a.dueOn(), a.status(),
                a.progress(), a.outcome(), a.cases(), a.overdue());
    }

    @Override
    public List<DirectoryEntry> directory(Locale locale) {
        return inWords(locale, () -> directoryAdmin.departments().stream()
                .map(d -> new DirectoryEntry(d.code(), d.kind(), d.nameZh(), d.nameEn(), d.phone(), d.address(),
                        d.officeHours(), d.remit(), d.active())).toList());
    }

    @Override
    public DirectoryEntry save(DirectoryEntry e, Locale locale) {
        return inWords(locale, () -> {
            var d = directoryAdmin.save(new DirectoryAdmin.DepartmentView(e.code(), e.kind(), e.nameZh(), e.nameEn(),
                    e.phone(), e.address(), e.officeHours(), e.remit(), e.active()));
            return new DirectoryEntry(d.code(), d.kind(), d.nameZh(), d.nameEn(), d.phone(), d.address(),
                    d.officeHours(), d.remit(), d.active());
        });
    }

    @Override
    public List<StaffEntry> staffDirectory(Locale locale) {
        return inWords(locale, () -> directoryAdmin.staff().stream()
                .map(m -> new StaffEntry(m.username(), m.displayName(), m.staffNumber(), m.departmentCode(), m.window(),
                        m.active())).toList());
    }

    @Override
    public StaffEntry save(StaffEntry e, Locale locale) {
        return inWords(locale, () -> {
            var m = directoryAdmin.save(new DirectoryAdmin.StaffView(e.username(), e.displayName(), e.staffNumber(),
                    e.departmentCode(), e.window(), e.active()));
            return new StaffEntry(m.username(), m.displayName(), m.staffNumber(), m.departmentCode(), m.window(),
                    m.active());
        });
    }

    @Override
    public Map<String, String> deadlineRules() {
        Map<String, String> rules = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            for (Urgency urgency : Urgency.values()) {
                rules.put(stage.name() + "." + urgency.name(), deadlines.defaults().rule(stage, urgency, null).toString());
            }
        }
        return rules;
    }

    @Override
    public List<CalendarDay> calendar(int year) {
        var calendar = deadlines.calendar();
        List<CalendarDay> days = new ArrayList<>();
        calendar.holidays().stream().filter(d -> d.getYear() == year).forEach(d -> days.add(new CalendarDay(d, "HOLIDAY")));
        calendar.makeUpWorkdays().stream().filter(d -> d.getYear() == year)
                .forEach(d -> days.add(new CalendarDay(d, "MAKE_UP_WORKDAY")));
        days.sort(Comparator.comparing(CalendarDay::date));
        return days;
    }
}
