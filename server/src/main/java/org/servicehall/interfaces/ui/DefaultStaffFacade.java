package org.servicehall.interfaces.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.AccessDeniedException;
import org.servicehall.application.Archiving;
import org.servicehall.application.CallerContext;
import org.servicehall.application.CaseAssignment;
import org.servicehall.application.CaseQueries.CaseSummary;
import org.servicehall.application.CaseQueries;
import org.servicehall.application.CaseView;
import org.servicehall.application.DirectoryAdmin;
import org.servicehall.application.FirstResponse;
import org.servicehall.application.Handling;
import org.servicehall.application.Improvements;
import org.servicehall.application.Investigation;
import org.servicehall.application.MonthlyReports;
import org.servicehall.application.Outbox;
import org.servicehall.application.OutboxMessages;
import org.servicehall.application.QueryCodeReissue;
import org.servicehall.application.RegistrationForm;
import org.servicehall.application.ResultFeedback;
import org.servicehall.application.StaffAccounts;
import org.servicehall.application.Statistics;
import org.servicehall.application.Triage;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.directory.Department;
import org.servicehall.domain.model.directory.Directory;
import org.servicehall.domain.model.directory.StaffMember;
import org.servicehall.domain.shared.Actor;
import org.servicehall.interfaces.pdf.MonthlyReportDocument;
import org.servicehall.interfaces.pdf.PdfFonts;
import org.servicehall.interfaces.rest.Refusals;
import org.servicehall.ui.facade.staff.CalendarDay;
import org.servicehall.ui.facade.staff.CaseMessage;
import org.servicehall.ui.facade.staff.CaseSheet;
import org.servicehall.ui.facade.staff.CaseStep;
import org.servicehall.ui.facade.staff.Dashboard;
import org.servicehall.ui.facade.staff.DirectoryEntry;
import org.servicehall.ui.facade.staff.DuplicateHint;
import org.servicehall.ui.facade.staff.Improvement;
import org.servicehall.ui.facade.staff.Me;
import org.servicehall.ui.facade.staff.Option;
import org.servicehall.ui.facade.staff.QueuePage;
import org.servicehall.ui.facade.staff.QueueQuery;
import org.servicehall.ui.facade.staff.QueueRow;
import org.servicehall.ui.facade.staff.StaffEntry;
import org.servicehall.ui.facade.staff.StaffFacade;
import org.servicehall.ui.facade.staff.StepRefusedException;
import org.servicehall.ui.facade.staff.WindowForm;
import org.servicehall.ui.support.HistorySummaries;

/**
 * The staff screens' view of the system: the lifecycle's application services, which check the
 * caller's role and the rules again; their refusals become {@link StepRefusedException}s in words.
 */
@ApplicationScoped
public class DefaultStaffFacade implements StaffFacade {

    private static final Duration DUE_SOON = Duration.ofHours(24);

    @Inject
    MonthlyReports monthlyReports;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    PdfFonts pdfFonts;

    @Inject
    @ConfigProperty(name = "servicehall.center.name", defaultValue = " ")
    String centre;

    @Inject
    CallerContext caller;

    @Inject
    Directory directory;

    @Inject
    CategoryCatalog catalog;

    @Inject
    CaseQueries queries;

    @Inject
    OutboxMessages outboxMessages;

    @Inject
    FirstResponse firstResponse;

    @Inject
    Triage triage;

    @Inject
    CaseAssignment assignment;

    @Inject
    Investigation investigation;

    @Inject
    Handling handling;

    @Inject
    ResultFeedback feedback;

    @Inject
    Archiving archiving;

    @Inject
    QueryCodeReissue queryCodes;

    @Inject
    Statistics statistics;

    @Inject
    Improvements improvements;

    @Inject
    DirectoryAdmin directoryAdmin;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    Clock clock;

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
    public CaseSheet receiveAtWindow(WindowForm form, Locale locale) {
        RegistrationForm registration = new RegistrationForm(form.complainantName(), form.complainantPhone(),
                form.otherContact(), form.anonymous(), form.serviceStep(), form.staffComplainedAbout(),
                form.staffComplainedAboutId(), instant(form.incidentAt()), form.expectedOutcome(), form.evidenceNote());
        return refusedInWords(locale, () -> sheet(firstResponse.receiveAtWindow(new FirstResponse.WindowIntake(
                form.channel(), form.categoryCode(), form.description(), registration, form.outcome(),
                form.whatWasDone(), form.agencyCode(), form.explanation(), form.terminal(), form.idempotencyKey(),
                form.smsConsent())),
                locale));
    }

    @Override
    public List<DuplicateHint> possibleDuplicates(String phone, String staffId, String staffNamed, String categoryCode,
                                                  Locale locale) {
        Map<String, DuplicateHint> hints = new LinkedHashMap<>();
        try {
            if (phone != null && phone.replaceAll("\\D", "").length() >= 7) {
                queries.queue(new CaseQueries.QueueRequest(CaseQueries.Queue.ALL, null, null, null, null,
                        phone, "-receivedAt", 0, 5)).rows()
                        .forEach(row -> hints.putIfAbsent(row.trackingNumber(), hint(row, "SAME_PHONE", locale)));
            }
        } catch (RuntimeException e) {
            // a half-typed number is no reason to interrupt the clerk
        }
        boolean staffGiven = (staffId != null && !staffId.isBlank()) || (staffNamed != null && staffNamed.strip().length() >= 2);
        if (staffGiven && categoryCode != null && !categoryCode.isBlank()) {
            try {
                queries.aboutSameStaff(staffId, staffNamed, categoryCode)
                        .forEach(row -> hints.putIfAbsent(row.trackingNumber(), hint(row, "SAME_STAFF_AND_CATEGORY", locale)));
            } catch (RuntimeException e) {
                // nor is a name still being typed
            }
        }
        return List.copyOf(hints.values());
    }

    private DuplicateHint hint(CaseSummary row, String reason, Locale locale) {
        return new DuplicateHint(row.trackingNumber(), row.status(),
                english(locale) ? row.categoryLabelEn() : row.categoryLabelZh(), local(row.receivedAt()), reason, row.excerpt());
    }

    @Override
    public QueuePage queue(QueueQuery query, Locale locale) {
        CaseQueries.Queue queue;
        try {
            queue = CaseQueries.Queue.valueOf(query.queue());
        } catch (IllegalArgumentException | NullPointerException e) {
            queue = CaseQueries.Queue.ALL;
        }
        CaseQueries.Queue which = queue;
        return refusedInWords(locale, () -> {
            var page = queries.queue(new CaseQueries.QueueRequest(which, query.status(), query.urgency(),
                    query.categoryCode(), query.channel(), query.text(), query.sort(), query.offset(), query.limit()));
            Instant now = clock.instant();
            return new QueuePage(page.rows().stream().map(row -> row(row, now, locale)).toList(), page.total(),
                    page.totalCapped());
        });
    }

    @Override
    public CaseSheet caseSheet(String trackingNumber, Locale locale) {
        return refusedInWords(locale, () -> sheet(queries.view(trackingNumber), locale));
    }

    @Override
    public List<CaseMessage> caseMessages(String trackingNumber, Locale locale) {
        return refusedInWords(locale, () -> {
            queries.view(trackingNumber); // only who may read the case reads what was sent about it
            Instant now = clock.instant();
            return outboxMessages.deliveries(trackingNumber, 100).stream().map(d -> {
                String state;
                Instant when;
                if (d.notifierId() != null) {
                    state = d.state();
                    when = d.sentAt();
                } else if (d.completedAt() != null) {
                    state = "WITHHELD";
                    when = null;
                } else if (d.notBefore() != null && d.notBefore().isAfter(now)) {
                    state = "SCHEDULED";
                    when = d.notBefore();
                } else {
                    state = "WAITING";
                    when = null;
                }
                String subject = locale.getLanguage().equals("zh") ? d.subjectZh() : d.subjectEn();
                return new CaseMessage(local(d.createdAt()), d.kind(),
                        d.recipientKind().name(),
                        d.recipientKind() == Outbox.RecipientKind.COMPLAINANT ? null : d.recipientId(),
                        subject, d.notifierId(), state, when == null ? null : local(when), d.report());
            }).toList();
        });
    }

    @Override
    public CaseSheet.Person unmask(String trackingNumber, String purpose, Locale locale) {
        return refusedInWords(locale, () -> {
            var person = queries.complainant(trackingNumber, purpose);
            return new CaseSheet.Person(person.anonymous(), person.name(), person.phone(), person.otherContact(),
                    person.masked());
        });
    }

    @Override
    public CaseSheet take(String trackingNumber, long version, CaseStep step, Locale locale) {
        return refusedInWords(locale, () -> sheet(apply(trackingNumber, version, step), locale));
    }

    private CaseView apply(String n, Long v, CaseStep step) {
        if (step instanceof CaseStep.Accept s) {
            return firstResponse.accept(n, v, new RegistrationForm(null, null, null, null,
                    s.serviceStep(), s.staffComplainedAbout(), s.staffComplainedAboutId(), null, s.expectedOutcome(),
                    s.evidenceNote()));
        } else if (step instanceof CaseStep.ResolveOnSpot s) {
            return firstResponse.resolveOnSpot(n, v, s.whatWasDone());
        } else if (step instanceof CaseStep.Redirect s) {
            return firstResponse.redirect(n, v, s.agencyCode(), s.explanation());
        } else if (step instanceof CaseStep.Triage s) {
            return triage.triage(n, v, new Triage.TriageDecision(s.categoryCode(), s.businessArea(),
                    s.urgency(), s.severity(), s.adverseImpact(), s.major(), s.emergencyStarted(), s.alerted()));
        } else if (step instanceof CaseStep.DecideDuplicate s) {
            return triage.decideDuplicate(n, v, s.flagId(), s.confirmed());
        } else if (step instanceof CaseStep.Assign s) {
            return assignment.assign(n, v, new CaseAssignment.Order(s.departmentCode(),
                    s.handlerId(), s.scope(), s.standards(), instant(s.handleDue())));
        } else if (step instanceof CaseStep.SignFor) {
            return assignment.signFor(n, v);
        } else if (step instanceof CaseStep.Return s) {
            return assignment.returnAssignment(n, v, s.reason());
        } else if (step instanceof CaseStep.AddNote s) {
            return investigation.addNote(n, v, s.kind(), s.text());
        } else if (step instanceof CaseStep.RecordFinding s) {
            return investigation.recordFinding(n, v, new Investigation.FindingReport(
                    s.outcome(), s.substantiatedParts(), s.cause(), s.causeOther(), s.basis()));
        } else if (step instanceof CaseStep.ProposePlan s) {
            return handling.proposePlan(n, v, new Handling.PlanProposal(s.measures(),
                    s.responsible(), s.dueOn()));
        } else if (step instanceof CaseStep.DecidePlan s) {
            return s.approve() ? handling.approvePlan(n, v) : handling.sendPlanBack(n, v, s.reason());
        } else if (step instanceof CaseStep.RecordMeasure s) {
            return handling.recordMeasure(n, v, s.kind(), s.details());
        } else if (step instanceof CaseStep.CompleteHandling) {
            return handling.completeHandling(n, v);
        } else if (step instanceof CaseStep.RequestExtension s) {
            return handling.requestExtension(n, v, instant(s.requestedDue()), s.reason());
        } else if (step instanceof CaseStep.DecideExtension s) {
            return handling.decideExtension(n, v, s.extensionId(), s.approve(), s.note());
        } else if (step instanceof CaseStep.RecordFeedback s) {
            return feedback.recordFeedback(n, v, new ResultFeedback.FeedbackReport(
                    s.method(), s.content(), s.opinion(), s.satisfaction(), s.appealRouteExplained()));
        } else if (step instanceof CaseStep.SkipFeedback s) {
            return feedback.skipFeedback(n, v, s.reason());
        } else if (step instanceof CaseStep.Appeal s) {
            return feedback.appeal(n, v, s.reason());
        } else if (step instanceof CaseStep.Archive) {
            return archiving.archive(n, v);
        } else if (step instanceof CaseStep.Reopen s) {
            return archiving.reopen(n, v, s.reason());
        } else if (step instanceof CaseStep.ReissueQueryCode s) {
            return queryCodes.reissue(n, v, s.reason());
        } else if (step instanceof CaseStep.Supervise s) {
            return archiving.supervise(n, v, s.reason());
        } else if (step instanceof CaseStep.RaiseUrgency s) {
            return archiving.raiseUrgency(n, v, s.urgency(), s.reason());
        }
        throw new IllegalArgumentException("unknown step " + step.getClass().getSimpleName());
    }

    @Override
    public CaseSheet addEvidence(String trackingNumber, long version, String fileName, String description,
                                 InputStream content, Locale locale) {
        return refusedInWords(locale, () -> sheet(investigation.addEvidence(trackingNumber, version, fileName, null,
                description, content), locale));
    }

    @Override
    public EvidenceDownload evidence(String trackingNumber, long evidenceId, Locale locale) {
        return refusedInWords(locale, () -> {
            Investigation.EvidenceFile file = investigation.openEvidence(trackingNumber, evidenceId);
            return new EvidenceDownload(file.fileName(), file.contentType(), file.size(), file.content());
        });
    }

    @Override
    public List<Option> staff() {
        return directory.staff().stream().filter(StaffMember::isActive)
                .map(m -> new Option(m.username(), m.displayName(), m.departmentCode().orElse(null))).toList();
    }

    @Override
    public List<Improvement> improvements(Locale locale) {
        return refusedInWords(locale, () -> improvements.all().stream().map(this::improvement).toList());
    }

    @Override
    public Improvement raiseImprovement(String title, String description, String owner, LocalDate dueOn,
                                        List<String> cases, Locale locale) {
        return refusedInWords(locale, () -> improvement(improvements.raise(title, description, owner, dueOn, cases)));
    }

    @Override
    public Improvement reportProgress(long id, String progress, Locale locale) {
        return refusedInWords(locale, () -> improvement(improvements.reportProgress(id, progress)));
    }

    @Override
    public Improvement closeImprovement(long id, boolean done, String outcome, Locale locale) {
        return refusedInWords(locale, () -> improvement(improvements.close(id, done, outcome)));
    }

    private Improvement improvement(Improvements.ActionView a) {
        String ownerName = a.owner() == null ? null
                : directory.staffMember(a.owner()).map(StaffMember::displayName).orElse(a.owner());
        return new Improvement(a.id(), a.title(), a.description(), a.owner(), ownerName, a.dueOn(), a.status(),
                a.progress(), a.outcome(), a.cases(), a.overdue());
    }

    @Override
    public List<DirectoryEntry> directory(Locale locale) {
        return refusedInWords(locale, () -> directoryAdmin.departments().stream()
                .map(d -> new DirectoryEntry(d.code(), d.kind(), d.nameZh(), d.nameEn(), d.phone(), d.address(),
                        d.officeHours(), d.remit(), d.active())).toList());
    }

    @Override
    public DirectoryEntry save(DirectoryEntry e, Locale locale) {
        return refusedInWords(locale, () -> {
            var d = directoryAdmin.save(new DirectoryAdmin.DepartmentView(e.code(), e.kind(), e.nameZh(), e.nameEn(),
                    e.phone(), e.address(), e.officeHours(), e.remit(), e.active()));
            return new DirectoryEntry(d.code(), d.kind(), d.nameZh(), d.nameEn(), d.phone(), d.address(),
                    d.officeHours(), d.remit(), d.active());
        });
    }

    @Override
    public List<StaffEntry> staffDirectory(Locale locale) {
        return refusedInWords(locale, () -> directoryAdmin.staff().stream()
                .map(m -> new StaffEntry(m.username(), m.displayName(), m.staffNumber(), m.departmentCode(), m.window(),
                        m.active())).toList());
    }

    @Override
    public StaffEntry save(StaffEntry e, Locale locale) {
        return refusedInWords(locale, () -> {
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

    @Override
    public Dashboard dashboard(LocalDate from, LocalDate to, Locale locale) {
        if (!caller.hasRole(Actor.Role.SUPERVISOR)) {
            throw new StepRefusedException(Refusals.of(new AccessDeniedException("forbidden"), locale)
                    .orElseThrow().message(), List.of());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = from == null && to == null ? today.withDayOfMonth(1) : from;
        LocalDate last = from == null && to == null ? today : to;
        return refusedInWords(locale, () -> {
            // the counts kept per day: the dashboard shows no repeat complainants
            Statistics.Report report = statistics.counts(first, last);
            long receivedToday = statistics.counts(today, today).total();
            // the escalated and awaiting-approval queues' lengths are kept figures too; overdue depends on now
            Statistics.OpenWork open = statistics.openWork();
            return new Dashboard(first, last, report.total(), receivedToday, count(CaseQueries.Queue.OVERDUE),
                    open.escalated(), open.awaitingApproval(),
                    report.resolvedOnSpot(), report.redirected(), report.appealed(), report.substantiatedRate(),
                    report.onTimeRate(), report.bySatisfaction(),
                    top(report.byCategory(), code -> catalog.find(code).map(c -> c.label(locale)).orElse(code)),
                    top(report.byCause(), code -> code),
                    top(report.byDepartment(), code -> directory.department(code).map(d -> d.name(locale)).orElse(code)),
                    new TreeMap<>(report.byWeek()));
        });
    }

    @Override
    public byte[] monthlyReport(YearMonth month, Locale locale) {
        if (!caller.hasRole(Actor.Role.SUPERVISOR)) {
            throw new StepRefusedException(Refusals.of(new AccessDeniedException("forbidden"), locale)
                    .orElseThrow().message(), List.of());
        }
        return refusedInWords(locale, () -> MonthlyReportDocument.render(monthlyReports.of(month), locale, centre,
                clock.getZone(), code -> catalog.find(code).map(c -> c.label(locale)).orElse(code), pdfFonts));
    }

    private long count(CaseQueries.Queue queue) {
        return queries.count(queue);
    }

    /** The ten largest figures, the largest first; the code stays for drill-down and the label is for reading. */
    private static List<Dashboard.Count> top(Map<String, Long> counts, Function<String, String> label) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(10)
                .map(e -> new Dashboard.Count(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .toList();
    }

    /** Runs a call of the application; a refusal of the process comes back in words. */
    private static <T> T refusedInWords(Locale locale, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                var refusal = Refusals.of(cause, locale);
                if (refusal.isPresent()) {
                    throw new StepRefusedException(refusal.get().message(), refusal.get().fields().stream()
                            .map(f -> new StepRefusedException.FieldMessage(f.field(), f.message())).toList());
                }
            }
            throw e;
        }
    }

    private QueueRow row(CaseSummary s, Instant now, Locale locale) {
        String state = s.currentDue() == null ? "NONE" : s.currentDue().isBefore(now) ? "OVERDUE"
                : s.currentDue().isBefore(now.plus(DUE_SOON)) ? "DUE_SOON" : "ON_TIME";
        return new QueueRow(s.trackingNumber(), s.status(), s.urgency(),
                english(locale) ? s.categoryLabelEn() : s.categoryLabelZh(), s.channel(), local(s.receivedAt()),
                local(s.currentDue()), s.currentStage(), state, s.departmentName(), s.handlerName(), s.supervised(),
                s.excerpt());
    }

    private CaseSheet sheet(CaseView c, Locale locale) {
        var p = c.complainant();
        var r = c.registration();
        var a = c.assessment();
        var ref = c.referral();
        var as = c.assignment();
        var f = c.finding();
        var plan = c.plan();
        var fb = c.feedback();
        return new CaseSheet(c.trackingNumber(), c.version(), c.status(), c.channel(), c.receivingTerminal(),
                local(c.receivedAt()), c.categoryCode(), english(locale) ? c.categoryLabelEn() : c.categoryLabelZh(),
                c.businessArea(), c.urgency(), c.description(),
                new CaseSheet.Person(p.anonymous(), p.name(), p.phone(), p.otherContact(), p.masked()),
                new CaseSheet.Form(r.serviceStep(), r.staffComplainedAbout(), local(r.incidentAt()), r.expectedOutcome(),
                        r.evidenceNote()),
                a == null ? null : new CaseSheet.Assessment(a.severity(), a.adverseImpact(), a.major(),
                        a.emergencyStarted(), a.alerted()),
                c.firstContactOwner(), c.firstContactName(), c.firstContactAccountable(), c.onSpotResolution(),
                ref == null ? null : new CaseSheet.Referral(ref.agencyName(), ref.contact(), ref.explanation()),
                as == null ? null : new CaseSheet.Assigned(as.departmentCode(), as.departmentName(), as.handlerId(),
                        as.handlerName(), as.scope(), as.standards(), local(as.assignedAt())),
                c.returnReason(),
                f == null ? null : new CaseSheet.Finding(f.outcome(), f.substantiatedParts(), f.cause(), f.causeOther(),
                        f.basis(), local(f.recordedAt()), f.recordedBy()),
                plan == null ? null : new CaseSheet.Plan(plan.measures(), plan.responsible(), plan.dueOn(),
                        plan.approvalRequired(), plan.approvedBy(), local(plan.approvedAt())),
                c.planSentBackReason(),
                c.measures().stream().map(m -> new CaseSheet.Item(m.id(), m.kind(), m.details(), local(m.doneAt()),
                        m.doneBy())).toList(),
                fb == null ? null : new CaseSheet.Feedback(fb.method(), fb.content(), fb.opinion(), fb.satisfaction(),
                        fb.skipped(), local(fb.givenAt()), fb.givenBy()),
                c.citizenRating(), c.appealRound(), c.appealReason(), c.supervised(), c.supervisionReason(),
                c.deadlines().stream().map(d -> new CaseSheet.Deadline(d.stage(), local(d.due()), local(d.done()),
                        d.late())).toList(),
                local(c.currentDue()), c.currentStage(),
                c.notes().stream().map(n -> new CaseSheet.Item(n.id(), n.kind(), n.text(), local(n.recordedAt()),
                        n.recordedBy())).toList(),
                c.evidence().stream().map(e -> new CaseSheet.EvidenceFile(e.id(), e.fileName(), e.contentType(), e.size(),
                        e.sha256(), e.description(), local(e.addedAt()), e.addedBy())).toList(),
                c.duplicates().stream().map(d -> new CaseSheet.Duplicate(d.id(), d.otherTrackingNumber(), d.reason(),
                        d.state())).toList(),
                c.extensions().stream().map(x -> new CaseSheet.ExtensionRequest(x.id(), x.stage(), local(x.previousDue()),
                        local(x.requestedDue()), x.reason(), x.state(), x.requestedBy(), x.decisionNote())).toList(),
                c.history().stream().sorted(Comparator.comparingInt(CaseView.HistoryView::sequence))
                        .map(h -> new CaseSheet.Step(h.sequence(), h.action(), h.toStatus(), h.actorId(), h.actorRole(),
                                h.terminal(), local(h.at()), HistorySummaries.label(h.action(), h.summary(), locale,
                                        code -> catalog.find(code).map(category -> category.label(locale)).orElse(code),
                                        clock.getZone()))).toList(),
                c.allowedSteps(), c.queryCode());
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(clock.getZone()).toInstant();
    }
}
