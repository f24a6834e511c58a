package org.servicehall.domain.model.complaint;

import static org.servicehall.domain.model.complaint.ComplaintStatus.AWAITING_APPROVAL;
import static org.servicehall.domain.model.complaint.ComplaintStatus.AWAITING_FEEDBACK;
import static org.servicehall.domain.model.complaint.ComplaintStatus.CLOSED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.DECIDED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.IMPLEMENTING;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * Stage 4 of a complaint, handle and feed back: the handling plan and its approval, the measures
 * carried out, and telling the complainant the result, which closes the case.
 */
public final class HandlingSteps {

    private final Complaint complaint;

    HandlingSteps(Complaint complaint) {
        this.complaint = complaint;
    }

    /**
     * Proposes the handling plan. Plans of urgent, emergency or major complaints wait for a
     * supervisor's approval; the others are carried out at once.
     */
    public void proposePlan(HandlingPlan proposal, Actor actor, Instant at) {
        ComplaintStep.PROPOSE_PLAN.require(complaint, actor);
        boolean needsApproval = planNeedsApproval();
        HandlingPlan plan = Objects.requireNonNull(proposal, "proposal").proposed(needsApproval, at, actor.id());
        complaint.setPlan(plan);
        complaint.setPlanSentBackReason(null);
        complaint.move(needsApproval ? AWAITING_APPROVAL : IMPLEMENTING, HistoryAction.PLAN_PROPOSED, actor, at, plan.summary());
    }

    /** Whether a plan for this complaint needs a supervisor's approval: urgent, emergency or major. */
    public boolean planNeedsApproval() {
        return complaint.urgency() != Urgency.NORMAL || (complaint.assessment != null && complaint.assessment.major());
    }

    public void approvePlan(Actor actor, Instant at) {
        ComplaintStep.APPROVE_PLAN.require(complaint, actor);
        complaint.plan.approve(at, actor.id());
        complaint.move(IMPLEMENTING, HistoryAction.PLAN_APPROVED, actor, at, null);
    }

    public void sendPlanBack(String reason, Actor actor, Instant at) {
        ComplaintStep.SEND_PLAN_BACK.require(complaint, actor);
        String why = Texts.required(reason, 1000, "reason");
        complaint.setPlanSentBackReason(why);
        complaint.move(DECIDED, HistoryAction.PLAN_SENT_BACK, actor, at, why);
    }

    /** Records a measure carried out: an apology, a corrected operation, business redone, ... */
    public Measure recordMeasure(Measure.Kind kind, String details, Actor actor, Instant at) {
        ComplaintStep.RECORD_MEASURE.require(complaint, actor);
        Measure measure = new Measure(complaint, kind, details, at, actor.id());
        complaint.measures.add(measure);
        complaint.record(HistoryAction.MEASURE_RECORDED, complaint.status(), actor, at, kind + ": " + measure.details());
        return measure;
    }

    /** Handling is complete once at least one measure is recorded; the feedback clock starts. */
    public void completeHandling(Actor actor, Instant at, DeadlinePolicy policy) {
        ComplaintStep.COMPLETE_HANDLING.require(complaint, actor);
        List<Measure> measures = complaint.measures;
        if (measures.stream().noneMatch(m -> complaint.appeal.includes(m.doneAt()))) {
            throw new TransitionRefused("noMeasures");
        }
        Deadlines deadlines = complaint.deadlines();
        deadlines.complete(Stage.HANDLE, at);
        deadlines.set(Stage.FEEDBACK, policy.due(Stage.FEEDBACK, complaint.urgency(), complaint.category().code(), at));
        complaint.move(AWAITING_FEEDBACK, HistoryAction.HANDLING_COMPLETED, actor, at, measures.size() + " measure(s)");
        deadlines.runClock(Stage.FEEDBACK);
    }

    /** Tells the complainant the result, records their opinion and satisfaction, and closes the case. */
    public void recordFeedback(Feedback given, Actor actor, Instant at) {
        ComplaintStep.RECORD_FEEDBACK.require(complaint, actor);
        Feedback feedback = Objects.requireNonNull(given, "given").at(at, actor.id());
        complaint.setFeedback(feedback);
        complaint.deadlines().complete(Stage.FEEDBACK, at);
        complaint.move(CLOSED, HistoryAction.FEEDBACK_GIVEN, actor, at, feedback.summary());
        complaint.deadlines().runClock(null);
    }

    /** Closes without feedback: only when the complainant left no way to reach them. */
    public void skipFeedback(String reason, Actor actor, Instant at) {
        ComplaintStep.SKIP_FEEDBACK.require(complaint, actor);
        Feedback feedback = Feedback.skipped(reason).at(at, actor.id());
        complaint.setFeedback(feedback);
        complaint.deadlines().complete(Stage.FEEDBACK, at);
        complaint.move(CLOSED, HistoryAction.FEEDBACK_SKIPPED, actor, at, feedback.content());
        complaint.deadlines().runClock(null);
    }

    public Optional<HandlingPlan> plan() {
        return Optional.ofNullable(complaint.plan).filter(p -> p.measures() != null);
    }

    public Optional<String> planSentBackReason() {
        return Optional.ofNullable(complaint.planSentBackReason);
    }

    public List<Measure> measures() {
        return Collections.unmodifiableList(complaint.measures);
    }

    public Optional<Feedback> feedback() {
        return Optional.ofNullable(complaint.feedback).filter(f -> f.content() != null);
    }
}
