package org.servicehall.ui.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.servicehall.ui.facade.staff.CaseMessage;
import org.servicehall.ui.facade.staff.CaseSheet;
import org.servicehall.ui.facade.staff.CaseStep;
import org.servicehall.ui.facade.staff.Option;
import org.servicehall.ui.facade.staff.CaseDesk;
import org.servicehall.ui.facade.staff.OfficeDesk;
import org.servicehall.ui.facade.staff.StepRefusedException;
import org.servicehall.ui.support.Messages;

/**
 * The whole case on one page, and one panel for each step the logged-in user may take now. The
 * inputs of every panel live in one map ({@code step.field}), so a refused step keeps what was
 * typed; after a step taken the case is read again and the panel's inputs are cleared.
 */
@Named
@ViewScoped
public class CaseScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> URGENCIES = List.of("NORMAL", "URGENT", "EMERGENCY");
    public static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH");
    public static final List<String> OUTCOMES = List.of("SUBSTANTIATED", "PARTLY_SUBSTANTIATED", "NOT_SUBSTANTIATED");
    public static final List<String> CAUSES = List.of("STAFF_ERROR", "PROCESS_GAP", "POLICY_MISUNDERSTANDING",
            "SYSTEM_OR_FACILITY_FAULT", "OBJECTIVE_FACTOR", "OTHER");
    public static final List<String> NOTE_KINDS = List.of("INTERVIEW", "RECORDS_CHECKED", "CCTV_REVIEWED",
            "SITE_VISIT", "COMPLAINANT_CONTACT", "OTHER");
    public static final List<String> MEASURE_KINDS = List.of("APOLOGY", "OPERATION_CORRECTED", "BUSINESS_REDONE",
            "STAFF_EDUCATED", "STAFF_DISCIPLINED", "RULE_IMPROVED", "PROCESS_IMPROVED", "EXPLANATION_GIVEN", "OTHER");
    public static final List<String> FEEDBACK_METHODS = List.of("PHONE", "IN_PERSON", "WRITTEN", "SMS");
    public static final List<String> SATISFACTIONS = List.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED",
            "DISSATISFIED", "VERY_DISSATISFIED");

    @Inject
    transient CaseDesk desk;

    @Inject
    transient OfficeDesk office;

    @Inject
    StaffSession session;

    private String number;
    private CaseSheet sheet;
    private boolean missing;
    private final Map<String, String> input = new HashMap<>();
    private String unmaskPurpose;
    private CaseSheet.Person unmasked;

    /** Reads the case named in the address ({@code ?n=TS-…}); a case that is not there or not for this user says so. */
    private transient List<CaseMessage> messages;
    private transient Object messagesOf;

    /** What was sent about the case: read again whenever the case changed. */
    public List<CaseMessage> getMessages() {
        if (sheet != null && (messages == null || !Objects.equals(messagesOf, sheet.version()))) {
            messagesOf = sheet.version();
            try {
                messages = desk.caseMessages(sheet.trackingNumber(), session.getLocale());
            } catch (StepRefusedException refused) {
                messages = List.of();
            }
        }
        return messages == null ? List.of() : messages;
    }

    public void load() {
        if (number == null || number.isBlank()) {
            missing = true;
            return;
        }
        try {
            sheet = desk.caseSheet(number.strip(), session.getLocale());
            missing = false;
        } catch (StepRefusedException refused) {
            missing = true;
            StaffPages.show(refused, "case");
        }
    }

    /** Takes the step of the panel whose button was pressed. */
    public void take(String step) {
        if (sheet == null) {
            return;
        }
        CaseStep command;
        try {
            command = command(step);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            StaffPages.show(new StepRefusedException(Messages.staff(session.getLocale(), "case.step.badInput"),
                    List.of()), "case");
            return;
        }
        try {
            sheet = desk.take(sheet.trackingNumber(), sheet.version(), command, session.getLocale());
            input.keySet().removeIf(key -> key.startsWith(step + "."));
            StaffPages.info(Messages.staff(session.getLocale(), "case.step.done",
                    Messages.staff(session.getLocale(), "step." + step)));
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "case");
        }
    }

    /** Approves or rejects the pending extension request. */
    public void decideExtension(long extensionId, boolean approve) {
        decide(new CaseStep.DecideExtension(extensionId, approve, in("decideExtension.note")), "decideExtension");
    }

    /** Confirms or dismisses a possible duplicate. */
    public void decideDuplicate(long flagId, boolean confirmed) {
        decide(new CaseStep.DecideDuplicate(flagId, confirmed), "decideDuplicate");
    }

    private void decide(CaseStep step, String name) {
        try {
            sheet = desk.take(sheet.trackingNumber(), sheet.version(), step, session.getLocale());
            input.keySet().removeIf(key -> key.startsWith(name + "."));
            StaffPages.info(Messages.staff(session.getLocale(), "case.step.done",
                    Messages.staff(session.getLocale(), "step." + name)));
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "case");
        }
    }

    /** Adds an uploaded file as evidence, with the description typed next to the upload. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            sheet = desk.addEvidence(sheet.trackingNumber(), sheet.version(), file.getFileName(),
                    in("addEvidence.description"), content, session.getLocale());
            input.remove("addEvidence.description");
            StaffPages.info(Messages.staff(session.getLocale(), "case.evidence.added", file.getFileName()));
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "case");
        } catch (IOException e) {
            StaffPages.show(new StepRefusedException(Messages.staff(session.getLocale(), "case.evidence.failed"),
                    List.of()), "case");
        }
    }

    /** An evidence file as a download. */
    public StreamedContent download(long evidenceId) {
        CaseDesk.EvidenceDownload file = desk.evidence(sheet.trackingNumber(), evidenceId, session.getLocale());
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .contentLength(file.size()).stream(file::content).build();
    }

    /** Shows the complainant's personal data; the system records who read it and why. */
    public void unmask() {
        try {
            unmasked = desk.unmask(sheet.trackingNumber(), unmaskPurpose, session.getLocale());
        } catch (StepRefusedException refused) {
            StaffPages.show(refused, "case");
        }
    }

    private CaseStep command(String step) {
        return switch (step) {
            case "accept" -> new CaseStep.Accept(in("accept.serviceStep"), in("accept.staff"), null,
                    in("accept.expected"), null);
            case "resolveOnSpot" -> new CaseStep.ResolveOnSpot(in("resolveOnSpot.what"));
            case "redirect" -> new CaseStep.Redirect(in("redirect.agency"), in("redirect.explanation"));
            case "triage" -> new CaseStep.Triage(in("triage.category") == null ? sheet.categoryCode() : in("triage.category"),
                    in("triage.area"), orElse(in("triage.urgency"), sheet.urgency()), orElse(in("triage.severity"), "LOW"),
                    yes("triage.adverse"), yes("triage.major"), false, null);
            case "assign" -> new CaseStep.Assign(in("assign.department"), in("assign.handler"), in("assign.scope"),
                    in("assign.standards"), dateTime(in("assign.due")));
            case "signFor" -> new CaseStep.SignFor();
            case "returnAssignment" -> new CaseStep.Return(in("returnAssignment.reason"));
            case "addNote" -> new CaseStep.AddNote(orElse(in("addNote.kind"), "OTHER"), in("addNote.text"));
            case "recordFinding" -> new CaseStep.RecordFinding(in("recordFinding.outcome"), in("recordFinding.parts"),
                    in("recordFinding.cause"), in("recordFinding.causeOther"), in("recordFinding.basis"));
            case "proposePlan" -> new CaseStep.ProposePlan(in("proposePlan.measures"), in("proposePlan.responsible"),
                    date(in("proposePlan.dueOn")));
            case "approvePlan" -> new CaseStep.DecidePlan(true, null);
            case "sendPlanBack" -> new CaseStep.DecidePlan(false, in("sendPlanBack.reason"));
            case "recordMeasure" -> new CaseStep.RecordMeasure(orElse(in("recordMeasure.kind"), "OTHER"),
                    in("recordMeasure.details"));
            case "completeHandling" -> new CaseStep.CompleteHandling();
            case "recordFeedback" -> new CaseStep.RecordFeedback(in("recordFeedback.method"),
                    in("recordFeedback.content"), in("recordFeedback.opinion"), in("recordFeedback.satisfaction"),
                    yes("recordFeedback.appealRoute"));
            case "skipFeedback" -> new CaseStep.SkipFeedback(in("skipFeedback.reason"));
            case "appeal" -> new CaseStep.Appeal(in("appeal.reason"));
            case "archive" -> new CaseStep.Archive();
            case "reopen" -> new CaseStep.Reopen(in("reopen.reason"));
            case "reissueQueryCode" -> new CaseStep.ReissueQueryCode(in("reissueQueryCode.reason"));
            case "raiseUrgency" -> new CaseStep.RaiseUrgency(in("raiseUrgency.urgency"), in("raiseUrgency.reason"));
            case "requestExtension" -> new CaseStep.RequestExtension(dateTime(in("requestExtension.due")),
                    in("requestExtension.reason"));
            case "supervise" -> new CaseStep.Supervise(in("supervise.reason"));
            default -> throw new IllegalArgumentException(step);
        };
    }

    private String in(String key) {
        String value = input.get(key);
        return value == null || value.isBlank() ? null : value;
    }

    private boolean yes(String key) {
        return "true".equals(input.get(key));
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static LocalDateTime dateTime(String text) {
        return text == null ? null : LocalDate.parse(text).atTime(17, 30);
    }

    /** The extension requests waiting for a decision. */
    public List<CaseSheet.ExtensionRequest> getPendingExtensions() {
        return sheet == null ? List.of() : sheet.extensions().stream().filter(x -> "PENDING".equals(x.state())).toList();
    }

    /** The possible duplicates not yet decided. */
    public List<CaseSheet.Duplicate> getOpenDuplicates() {
        return sheet == null ? List.of() : sheet.duplicates().stream().filter(d -> "OPEN".equals(d.state())).toList();
    }

    /** The panels to show: the steps this user may take now (the case sheet names only steps of this screen). */
    public List<String> getPanels() {
        return sheet == null ? List.of() : List.copyOf(sheet.allowedSteps());
    }

    public List<Option> getCategories() {
        return office.categories(session.getLocale());
    }

    public List<Option> getDepartments() {
        return office.departments(session.getLocale());
    }

    public List<Option> getAgencies() {
        return office.agencies(session.getLocale());
    }

    public List<Option> getHandlers() {
        return office.handlers(in("assign.department"));
    }

    public List<String> options(String name) {
        return switch (name) {
            case "urgency" -> URGENCIES;
            case "severity" -> SEVERITIES;
            case "outcome" -> OUTCOMES;
            case "cause" -> CAUSES;
            case "noteKind" -> NOTE_KINDS;
            case "measureKind" -> MEASURE_KINDS;
            case "feedbackMethod" -> FEEDBACK_METHODS;
            case "satisfaction" -> SATISFACTIONS;
            default -> List.of();
        };
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CaseSheet getSheet() {
        return sheet;
    }

    public boolean isMissing() {
        return missing;
    }

    public Map<String, String> getInput() {
        return input;
    }

    public String getUnmaskPurpose() {
        return unmaskPurpose;
    }

    public void setUnmaskPurpose(String unmaskPurpose) {
        this.unmaskPurpose = unmaskPurpose;
    }

    /** The complainant as shown: unmasked after an audited read, else masked. */
    public CaseSheet.Person getPerson() {
        return unmasked != null ? unmasked : sheet == null ? null : sheet.complainant();
    }
}
