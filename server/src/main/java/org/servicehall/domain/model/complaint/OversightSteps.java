package org.servicehall.domain.model.complaint;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * What watches over an open complaint's time in any stage: a supervisor's supervision (督办), a
 * raised urgency, and extensions of the running stage's deadline, asked for by the department and
 * decided by a supervisor.
 */
public final class OversightSteps {

    private final Complaint complaint;

    OversightSteps(Complaint complaint) {
        this.complaint = complaint;
    }

    /** Marks the case as supervised (督办): it shows in the escalated queue until it is finished. */
    public void supervise(String reason, Actor actor, Instant at) {
        ComplaintStep.SUPERVISE.require(complaint, actor);
        Supervision supervision = Supervision.because(reason);
        complaint.setSupervision(supervision);
        complaint.record(HistoryAction.SUPERVISED, complaint.status(), actor, at, supervision.reason().orElseThrow());
    }

    /** Raises the urgency (never lowers it); deadlines not yet started follow the new urgency. */
    public void raiseUrgency(Urgency to, String reason, Actor actor, Instant at, DeadlinePolicy policy) {
        ComplaintStep.RAISE_URGENCY.require(complaint, actor);
        Urgency from = complaint.urgency();
        if (to == null || to.ordinal() <= from.ordinal()) {
            throw new TransitionRefused("urgencyNotHigher", from);
        }
        String why = Texts.required(reason, 500, "reason");
        complaint.setUrgency(to);
        Deadlines deadlines = complaint.deadlines();
        if (deadlines.currentStage().orElse(null) == Stage.ACKNOWLEDGE) {
            deadlines.bringForward(Stage.ACKNOWLEDGE, policy.due(Stage.ACKNOWLEDGE, to, complaint.category().code(),
                    complaint.appeal.clockStart(complaint.receivedAt())));
        }
        complaint.record(HistoryAction.URGENCY_RAISED, complaint.status(), actor, at, from + " → " + to + ": " + why);
    }

    /** Asks for more time for the stage whose clock runs now; the deadline moves only when approved. */
    public Extension requestExtension(Instant requestedDue, String reason, Actor actor, Instant at) {
        ComplaintStep.REQUEST_EXTENSION.require(complaint, actor);
        Deadlines deadlines = complaint.deadlines();
        Stage stage = deadlines.currentStage().orElseThrow(() -> new TransitionRefused("noDeadline"));
        Instant current = deadlines.due(stage).orElse(null);
        if (requestedDue == null) {
            throw new TransitionRefused("required", "requestedDue");
        }
        if (current != null && !requestedDue.isAfter(current) || !requestedDue.isAfter(at)) {
            throw new TransitionRefused("extensionNotLater");
        }
        if (complaint.extensions.stream().anyMatch(e -> e.state() == Extension.State.PENDING)) {
            throw new TransitionRefused("extensionPending");
        }
        Extension extension = new Extension(complaint, stage, current, requestedDue, reason, at, actor.id());
        complaint.extensions.add(extension);
        complaint.record(HistoryAction.EXTENSION_REQUESTED, complaint.status(), actor, at, extension.requestSummary());
        return extension;
    }

    /** A supervisor approves (the deadline moves) or rejects (with a note) an extension request. */
    public void decideExtension(long extensionId, boolean approve, String note, Actor actor, Instant at) {
        ComplaintStep.DECIDE_EXTENSION.require(complaint, actor);
        Extension extension = complaint.extensions.stream().filter(e -> Objects.equals(e.id(), extensionId)).findFirst()
                .orElseThrow(() -> new TransitionRefused("unknownExtension", extensionId));
        extension.decide(approve, note, at, actor.id());
        if (approve) {
            Deadlines deadlines = complaint.deadlines();
            deadlines.set(extension.stage(), extension.requestedDue());
            deadlines.runClock(deadlines.currentStage().orElse(null));
        }
        complaint.record(approve ? HistoryAction.EXTENSION_APPROVED : HistoryAction.EXTENSION_REJECTED,
                complaint.status(), actor, at, extension.decisionSummary());
    }

    /** Whether the case is supervised, and why. */
    public Supervision supervision() {
        return complaint.supervision;
    }

    /** Every extension asked for, oldest first, with its decision. */
    public List<Extension> extensions() {
        return Collections.unmodifiableList(complaint.extensions);
    }
}
