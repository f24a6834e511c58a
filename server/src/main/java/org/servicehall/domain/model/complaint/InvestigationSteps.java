package org.servicehall.domain.model.complaint;

import static org.servicehall.domain.model.complaint.ComplaintStatus.ASSIGNED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.DECIDED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.INVESTIGATING;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RETURNED;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * Stage 3 of a complaint, investigate and verify: the assignment to a department and handler,
 * the department's sign-for or return, the investigation record and evidence, and the finding.
 */
public final class InvestigationSteps {

    private final Complaint complaint;

    InvestigationSteps(Complaint complaint) {
        this.complaint = complaint;
    }

    /**
     * Assigns the investigation to a department and a handler with its scope, standards and
     * deadline. Never to the staff member complained about; after an appeal, never to the first
     * handler. The department's sign-for clock starts.
     *
     * @param handleDue the handling deadline set by the supervisor; null for the default deadline
     */
    public void assign(DepartmentRef department, StaffRef handler, String scope, String standards, Instant handleDue,
                       Actor actor, Instant at, DeadlinePolicy policy) {
        ComplaintStep.ASSIGN.require(complaint, actor);
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(handler, "handler");
        if (complaint.isAbout(handler.username())) {
            throw new TransitionRefused("recusal", handler.username());
        }
        if (!department.code().equals(handler.departmentCode())) {
            throw new TransitionRefused("handlerNotInDepartment", handler.username(), department.code());
        }
        if (complaint.appeal.excludes(handler.username())) {
            throw new TransitionRefused("sameHandler", handler.username());
        }
        if (handleDue != null && !handleDue.isAfter(at)) {
            throw new TransitionRefused("deadlineInPast", "handleDue");
        }
        Assignment assignment = new Assignment(department, handler, scope, standards, at, actor.id());
        complaint.setAssignment(assignment);
        complaint.setReturnReason(null);
        Deadlines deadlines = complaint.deadlines();
        String category = complaint.category().code();
        deadlines.complete(Stage.ACKNOWLEDGE, deadlines.done(Stage.ACKNOWLEDGE).orElse(at));
        deadlines.reopen(Stage.SIGN_FOR);
        deadlines.set(Stage.SIGN_FOR, policy.due(Stage.SIGN_FOR, complaint.urgency(), category, at));
        deadlines.set(Stage.HANDLE, handleDue != null ? handleDue : policy.due(Stage.HANDLE, complaint.urgency(), category, at));
        complaint.move(ASSIGNED, HistoryAction.ASSIGNED, actor, at,
                department.name() + " / " + handler.displayName() + " — " + assignment.scope());
        deadlines.runClock(Stage.SIGN_FOR);
    }

    /** The department signs for the assignment (签收); the first-contact owner's duty ends here. */
    public void signFor(Actor actor, Instant at) {
        ComplaintStep.SIGN_FOR.require(complaint, actor);
        complaint.deadlines().complete(Stage.SIGN_FOR, at);
        complaint.setFirstContact(complaint.firstContact.signed());
        complaint.setAppeal(complaint.appeal.signedForBy(complaint.assignment.handlerId()));
        complaint.move(INVESTIGATING, HistoryAction.SIGNED_FOR, actor, at, complaint.assignment.departmentName());
        complaint.deadlines().runClock(Stage.HANDLE);
    }

    /** The department returns the assignment with a reason; it goes back to the supervisor. */
    public void returnAssignment(String reason, Actor actor, Instant at) {
        ComplaintStep.RETURN_ASSIGNMENT.require(complaint, actor);
        String why = Texts.required(reason, 1000, "reason");
        complaint.setReturnReason(why);
        complaint.deadlines().complete(Stage.SIGN_FOR, at);
        complaint.move(RETURNED, HistoryAction.RETURNED, actor, at, why);
        complaint.deadlines().runClock(Stage.HANDLE);
    }

    /** Records what the investigation did and found: an interview, records, CCTV, a site visit, a call. */
    public InvestigationNote addNote(InvestigationNote.Kind kind, String text, Actor actor, Instant at) {
        ComplaintStep.ADD_NOTE.require(complaint, actor);
        InvestigationNote note = new InvestigationNote(complaint, kind, text, at, actor.id());
        complaint.notes.add(note);
        complaint.record(HistoryAction.NOTE_ADDED, complaint.status(), actor, at, kind + ": " + note.text());
        return note;
    }

    /** Keeps a piece of evidence with the case; the file itself is already stored and hashed. */
    public Evidence addEvidence(Evidence.StoredFile file, String description, Actor actor, Instant at) {
        ComplaintStep.ADD_EVIDENCE.require(complaint, actor);
        Evidence item = new Evidence(complaint, file, description, at, actor.id());
        complaint.evidence.add(item);
        complaint.record(HistoryAction.EVIDENCE_ADDED, complaint.status(), actor, at,
                file.fileName() + " sha256=" + file.sha256());
        return item;
    }

    /** Determines the facts: substantiated or not, which parts, and the cause. */
    public void recordFinding(Finding determined, Actor actor, Instant at) {
        ComplaintStep.RECORD_FINDING.require(complaint, actor);
        Finding finding = Objects.requireNonNull(determined, "determined").recorded(at, actor.id());
        complaint.setFinding(finding);
        complaint.move(DECIDED, HistoryAction.FINDING_RECORDED, actor, at, finding.summary());
    }

    /** The department and handler the investigation is assigned to, with its scope and standards. */
    public Optional<Assignment> assignment() {
        return Optional.ofNullable(complaint.assignment).filter(a -> a.departmentCode() != null);
    }

    public Optional<String> returnReason() {
        return Optional.ofNullable(complaint.returnReason);
    }

    public Optional<Finding> finding() {
        return Optional.ofNullable(complaint.finding).filter(f -> f.outcome() != null);
    }

    /** The investigation record, oldest first, with the complainant's later messages. */
    public List<InvestigationNote> notes() {
        return Collections.unmodifiableList(complaint.notes);
    }

    /** The evidence kept with the case, the complainant's included. */
    public List<Evidence> evidence() {
        return Collections.unmodifiableList(complaint.evidence);
    }
}
