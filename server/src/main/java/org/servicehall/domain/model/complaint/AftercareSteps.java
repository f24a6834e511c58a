package org.servicehall.domain.model.complaint;

import static org.servicehall.domain.model.complaint.ComplaintStatus.APPEALED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.ARCHIVED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.CLOSED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RESOLVED_ON_SPOT;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * Stage 5 of a complaint, after it is finished: the complainant's own rating, their appeal, which
 * reopens the case for another round, and the archive, which freezes it until a supervisor
 * reopens it with a reason.
 */
public final class AftercareSteps {

    private static final Set<ComplaintStatus> RATEABLE = EnumSet.of(CLOSED, RESOLVED_ON_SPOT);

    private final Complaint complaint;

    AftercareSteps(Complaint complaint) {
        this.complaint = complaint;
    }

    /** The complainant's own rating (好差评) of a closed complaint, e.g. given at a kiosk. */
    public void rate(Satisfaction rating, Actor actor, Instant at) {
        rate(rating, null, actor, at);
    }

    /**
     * The complainant's own rating with their reasons, e.g. the reasons tapped at a kiosk.
     *
     * @param reasons why, in the complainant's words or as tapped; may be null
     */
    public void rate(Satisfaction rating, String reasons, Actor actor, Instant at) {
        ComplaintStep.RATE.require(complaint, actor);
        if (rating == null) {
            throw new TransitionRefused("required", "satisfaction");
        }
        String why = Texts.optional(reasons, 500, "reasons");
        complaint.setCitizenRating(rating);
        complaint.record(HistoryAction.RATED, complaint.status(), actor, at,
                why == null ? rating.name() : rating.name() + ": " + why);
    }

    /** Whether the complainant can rate the complaint now: it is finished and not yet archived. */
    public boolean isRateable() {
        return RATEABLE.contains(complaint.status());
    }

    /** Whether the complainant can appeal now: closed, and their satisfaction is dissatisfied. */
    public boolean isAppealable() {
        return complaint.status() == CLOSED && isDissatisfied();
    }

    /**
     * The complainant is dissatisfied and appeals (申诉/复核): the case reopens for re-examination by
     * a handler other than the first one. The earlier rounds stay in the history.
     */
    public void appeal(String reason, Actor actor, Instant at, DeadlinePolicy policy) {
        ComplaintStep.APPEAL.require(complaint, actor);
        AppealRound round = complaint.appeal.next(reason, at);
        complaint.setAppeal(round);
        complaint.setFirstContact(complaint.firstContact.unsigned());
        complaint.setFinding(null);
        complaint.setPlan(null);
        complaint.setFeedback(null);
        complaint.setCitizenRating(null);
        Deadlines deadlines = complaint.deadlines();
        for (Stage stage : Stage.values()) {
            deadlines.reopen(stage);
        }
        deadlines.set(Stage.ACKNOWLEDGE, policy.due(Stage.ACKNOWLEDGE, complaint.urgency(), complaint.category().code(), at));
        complaint.move(APPEALED, HistoryAction.APPEALED, actor, at, "round " + round.number() + ": " + round.reason().orElseThrow());
        deadlines.runClock(Stage.ACKNOWLEDGE);
    }

    /** Whether the complainant's satisfaction (given at feedback or rated later) is dissatisfied. */
    public boolean isDissatisfied() {
        Optional<Satisfaction> satisfaction = complaint.citizenRating != null ? Optional.of(complaint.citizenRating)
                : Optional.ofNullable(complaint.feedback).flatMap(Feedback::satisfaction);
        return satisfaction.map(Satisfaction::isDissatisfied).orElse(false);
    }

    /** Archives the case: from now on it can only be read, or reopened by a supervisor with a reason. */
    public void archive(Actor actor, Instant at) {
        ComplaintStep.ARCHIVE.require(complaint, actor);
        complaint.setArchived(new ArchiveMark(complaint.status(), at));
        complaint.move(ARCHIVED, HistoryAction.ARCHIVED, actor, at, null);
    }

    /** A supervisor reopens an archived case, with a reason that stays on record. */
    public void reopen(String reason, Actor actor, Instant at) {
        ComplaintStep.REOPEN.require(complaint, actor);
        String why = Texts.required(reason, 1000, "reason");
        ComplaintStatus back = complaint.archived.from();
        complaint.setArchived(null);
        complaint.move(back, HistoryAction.REOPENED, actor, at, why);
    }

    public Optional<Satisfaction> citizenRating() {
        return Optional.ofNullable(complaint.citizenRating);
    }

    /** The appeal round the case is in (0 before any appeal), with the latest appeal's reason and time. */
    public AppealRound appealRound() {
        return complaint.appeal;
    }

    /** When and from which state the case was archived; empty unless it is archived. */
    public Optional<ArchiveMark> archived() {
        return Optional.ofNullable(complaint.archived);
    }
}
