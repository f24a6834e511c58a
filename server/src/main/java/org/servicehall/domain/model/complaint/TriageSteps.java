package org.servicehall.domain.model.complaint;

import static org.servicehall.domain.model.complaint.ComplaintStatus.REGISTERED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.TRIAGED;

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
 * Stage 2 of a complaint, register and classify: the supervisor's classification and initial
 * assessment, and the duplicates the registration check flags for a clerk to decide.
 */
public final class TriageSteps {

    private final Complaint complaint;

    TriageSteps(Complaint complaint) {
        this.complaint = complaint;
    }

    /**
     * Classification and initial assessment: category, business area, urgency, severity, impact.
     * Raising the urgency before the first response shortens its deadline.
     */
    public void triage(CategorySnapshot category, String businessArea, Urgency urgency, Assessment assessment,
                       Actor actor, Instant at, DeadlinePolicy policy) {
        ComplaintStep.TRIAGE.require(complaint, actor);
        Objects.requireNonNull(category, "category");
        if (urgency == null) {
            throw new TransitionRefused("required", "urgency");
        }
        Objects.requireNonNull(assessment, "assessment");
        String area = Texts.optional(businessArea, 100, "businessArea");
        complaint.classify(category, area, urgency, assessment);
        Deadlines deadlines = complaint.deadlines();
        if (deadlines.done(Stage.ACKNOWLEDGE).isEmpty()) {
            deadlines.bringForward(Stage.ACKNOWLEDGE,
                    policy.due(Stage.ACKNOWLEDGE, urgency, category.code(), complaint.appeal.clockStart(complaint.receivedAt())));
        }
        ComplaintStatus status = complaint.status();
        complaint.move(status == REGISTERED ? TRIAGED : status, HistoryAction.TRIAGED, actor, at,
                category.code() + ", " + urgency + ", " + assessment.summary());
    }

    /** Flags a possible duplicate found by the registration check; a clerk decides later. */
    public DuplicateFlag flagPossibleDuplicate(TrackingNumber other, DuplicateFlag.Reason reason, Instant at) {
        List<DuplicateFlag> flags = complaint.duplicateFlags;
        if (!complaint.status().isOpen() || other.value().equals(complaint.trackingNumber().value())
                || flags.stream().anyMatch(f -> f.otherTrackingNumber().equals(other))) {
            return null;
        }
        DuplicateFlag flag = new DuplicateFlag(complaint, other, reason, at);
        flags.add(flag);
        complaint.record(HistoryAction.DUPLICATE_FLAGGED, complaint.status(), Actor.system("duplicate-check"), at,
                reason + " " + other.value());
        return flag;
    }

    /** A clerk confirms that a flagged complaint is a duplicate, or dismisses the flag. */
    public void decideDuplicate(long flagId, boolean confirmed, Actor actor, Instant at) {
        ComplaintStep.DECIDE_DUPLICATE.require(complaint, actor);
        DuplicateFlag flag = complaint.duplicateFlags.stream().filter(f -> Objects.equals(f.id(), flagId)).findFirst()
                .orElseThrow(() -> new TransitionRefused("unknownDuplicateFlag", flagId));
        flag.decide(confirmed, at, actor.id());
        complaint.record(confirmed ? HistoryAction.DUPLICATE_CONFIRMED : HistoryAction.DUPLICATE_DISMISSED,
                complaint.status(), actor, at, flag.otherTrackingNumber().value());
    }

    public Optional<String> businessArea() {
        return Optional.ofNullable(complaint.businessArea);
    }

    public Optional<Assessment> assessment() {
        return Optional.ofNullable(complaint.assessment);
    }

    public List<DuplicateFlag> duplicateFlags() {
        return Collections.unmodifiableList(complaint.duplicateFlags);
    }
}
