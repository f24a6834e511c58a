package org.servicehall.domain.model.complaint;

import static org.servicehall.domain.model.complaint.ComplaintStatus.APPEALED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.ARCHIVED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.ASSIGNED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.AWAITING_APPROVAL;
import static org.servicehall.domain.model.complaint.ComplaintStatus.AWAITING_FEEDBACK;
import static org.servicehall.domain.model.complaint.ComplaintStatus.CLOSED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.DECIDED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.IMPLEMENTING;
import static org.servicehall.domain.model.complaint.ComplaintStatus.INVESTIGATING;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RECEIVED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.REDIRECTED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.REGISTERED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RESOLVED_ON_SPOT;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RETURNED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.TRIAGED;
import static org.servicehall.domain.shared.Actor.Role.CITIZEN;
import static org.servicehall.domain.shared.Actor.Role.HANDLER;
import static org.servicehall.domain.shared.Actor.Role.RECEPTION;
import static org.servicehall.domain.shared.Actor.Role.SUPERVISOR;
import static org.servicehall.domain.shared.Actor.Role.SYSTEM;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.Actor.Role;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * The catalogue of the steps a complaint's process is made of: for each, its code (the name the
 * case screen, the API's {@code allowedSteps} and the refusals use), the states it may be taken
 * in, the roles that may take it, whether a handler must belong to the assigned department, and
 * whether the case screen offers it. {@link #refusal} is the one check every transition of a
 * {@link Complaint} starts with, in the facet of its stage (e.g. {@link InvestigationSteps});
 * {@link #offeredTo} is what a screen offers. A step's own rules beyond these (e.g. an appeal needs
 * a dissatisfied complainant) are checked by the transition.
 *
 * <p>An archived case is frozen: no step may be taken but those whose states name
 * {@link ComplaintStatus#ARCHIVED} (reopening it, a new query code).
 */
public enum ComplaintStep {

    // stage 1: receive & first response
    ACCEPT("accept", true, EnumSet.of(RECEIVED), false, RECEPTION, SUPERVISOR),
    UPDATE_REGISTRATION("updateRegistration", false, EnumSet.of(REGISTERED, TRIAGED, RETURNED), false, RECEPTION, SUPERVISOR),
    RESOLVE_ON_SPOT("resolveOnSpot", true, EnumSet.of(RECEIVED), false, RECEPTION, SUPERVISOR),
    REDIRECT("redirect", true, EnumSet.of(RECEIVED), false, RECEPTION, SUPERVISOR),
    RECEIVE_FOLLOW_UP("receiveFollowUp", false, ComplaintStatus.open(), false, CITIZEN),
    RECEIVE_EVIDENCE("receiveEvidence", false, ComplaintStatus.open(), false, CITIZEN),
    RECORD_CONTACT_FAILURE("recordContactFailure", false, EnumSet.complementOf(EnumSet.of(ARCHIVED)), false, SYSTEM),
    REISSUE_QUERY_CODE("reissueQueryCode", true, EnumSet.allOf(ComplaintStatus.class), false, RECEPTION, SUPERVISOR),

    // stage 2: register & classify
    TRIAGE("triage", true, EnumSet.of(REGISTERED, TRIAGED, RETURNED, APPEALED), false, SUPERVISOR),
    DECIDE_DUPLICATE("decideDuplicate", true, ComplaintStatus.open(), false, RECEPTION, SUPERVISOR),

    // stage 3: investigate & verify
    ASSIGN("assign", true, EnumSet.of(TRIAGED, RETURNED, APPEALED), false, SUPERVISOR),
    SIGN_FOR("signFor", true, EnumSet.of(ASSIGNED), true, HANDLER, SUPERVISOR),
    RETURN_ASSIGNMENT("returnAssignment", true, EnumSet.of(ASSIGNED), true, HANDLER, SUPERVISOR),
    ADD_NOTE("addNote", true, EnumSet.of(INVESTIGATING, DECIDED, AWAITING_APPROVAL, IMPLEMENTING), true, HANDLER, SUPERVISOR),
    ADD_EVIDENCE("addEvidence", true, EnumSet.of(RECEIVED, REGISTERED, TRIAGED, RETURNED, APPEALED, ASSIGNED, INVESTIGATING,
            DECIDED, AWAITING_APPROVAL, IMPLEMENTING, AWAITING_FEEDBACK), true, RECEPTION, HANDLER, SUPERVISOR),
    RECORD_FINDING("recordFinding", true, EnumSet.of(INVESTIGATING), true, HANDLER, SUPERVISOR),

    // stage 4: handle & feed back
    PROPOSE_PLAN("proposePlan", true, EnumSet.of(DECIDED), true, HANDLER, SUPERVISOR),
    APPROVE_PLAN("approvePlan", true, EnumSet.of(AWAITING_APPROVAL), false, SUPERVISOR),
    SEND_PLAN_BACK("sendPlanBack", true, EnumSet.of(AWAITING_APPROVAL), false, SUPERVISOR),
    RECORD_MEASURE("recordMeasure", true, EnumSet.of(IMPLEMENTING), true, HANDLER, SUPERVISOR),
    COMPLETE_HANDLING("completeHandling", true, EnumSet.of(IMPLEMENTING), true, HANDLER, SUPERVISOR),
    REQUEST_EXTENSION("requestExtension", true, EnumSet.of(ASSIGNED, INVESTIGATING, DECIDED, AWAITING_APPROVAL, IMPLEMENTING,
            AWAITING_FEEDBACK), true, HANDLER, SUPERVISOR),
    DECIDE_EXTENSION("decideExtension", true, ComplaintStatus.open(), false, SUPERVISOR),
    RECORD_FEEDBACK("recordFeedback", true, EnumSet.of(AWAITING_FEEDBACK), true, HANDLER, RECEPTION, SUPERVISOR),
    /** Closing without feedback: only when the complainant left no way to reach them. */
    SKIP_FEEDBACK("skipFeedback", true, EnumSet.of(AWAITING_FEEDBACK), true, HANDLER, RECEPTION, SUPERVISOR) {
        @Override
        Optional<TransitionRefused> ownRefusal(Complaint complaint, Actor actor) {
            return complaint.complainant() != null && complaint.complainant().isReachable()
                    ? Optional.of(new TransitionRefused("contactAvailable")) : Optional.empty();
        }
    },
    /** The complainant's own rating, at a kiosk, on the website or told to a clerk. */
    RATE("rate", false, EnumSet.of(CLOSED, RESOLVED_ON_SPOT), false, CITIZEN, RECEPTION, SUPERVISOR),
    /** An appeal needs a dissatisfied complainant. */
    APPEAL("appeal", true, EnumSet.of(CLOSED), false, CITIZEN, RECEPTION, SUPERVISOR) {
        @Override
        Optional<TransitionRefused> ownRefusal(Complaint complaint, Actor actor) {
            return complaint.aftercare().isDissatisfied() ? Optional.empty() : Optional.of(new TransitionRefused("notDissatisfied"));
        }
    },

    // stage 5: archive & improve
    /** A closed case is archived by a supervisor; one finished at the front desk by its clerk too. */
    ARCHIVE("archive", true, EnumSet.of(CLOSED, RESOLVED_ON_SPOT, REDIRECTED), false, RECEPTION, SUPERVISOR) {
        @Override
        Optional<TransitionRefused> ownRefusal(Complaint complaint, Actor actor) {
            return complaint.status() == CLOSED && actor.role() != SUPERVISOR
                    ? Optional.of(new TransitionRefused("role", code(), actor.role())) : Optional.empty();
        }
    },
    REOPEN("reopen", true, EnumSet.of(ARCHIVED), false, SUPERVISOR),

    // escalation
    SUPERVISE("supervise", true, ComplaintStatus.open(), false, SUPERVISOR, SYSTEM),
    RAISE_URGENCY("raiseUrgency", true, ComplaintStatus.open(), false, SUPERVISOR, SYSTEM);

    private final String code;
    private final boolean onCaseScreen;
    private final Set<ComplaintStatus> states;
    private final boolean departmentBound;
    private final Set<Role> roles;

    ComplaintStep(String code, boolean onCaseScreen, Set<ComplaintStatus> states, boolean departmentBound, Role... roles) {
        this.code = code;
        this.onCaseScreen = onCaseScreen;
        this.states = Set.copyOf(states);
        this.departmentBound = departmentBound;
        this.roles = Set.copyOf(List.of(roles));
    }

    /** The step's name in the API, on the screens and in refusals, e.g. {@code recordFinding}. */
    public String code() {
        return code;
    }

    /** The key of the step's label in the staff screens' bundles. */
    public String labelKey() {
        return "step." + code;
    }

    /** Whether the case screen offers the step (the others come through a channel, the kiosk or the system). */
    public boolean onCaseScreen() {
        return onCaseScreen;
    }

    public Set<ComplaintStatus> states() {
        return states;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** Whether a handler may take the step only on cases assigned to their own department. */
    public boolean departmentBound() {
        return departmentBound;
    }

    public static Optional<ComplaintStep> byCode(String code) {
        return Arrays.stream(values()).filter(step -> step.code.equals(code)).findFirst();
    }

    /**
     * Why this actor may not take the step on the complaint now, checked in this order: the case is
     * archived, the state, the role, recusal (the complaint is about the actor), the department,
     * then the step's own rule. Empty when nothing stands in the way.
     */
    public Optional<TransitionRefused> refusal(Complaint complaint, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        ComplaintStatus status = complaint.status();
        if (status == ARCHIVED && !states.contains(ARCHIVED)) {
            return Optional.of(new TransitionRefused("archived", code));
        }
        if (!states.contains(status)) {
            return Optional.of(new TransitionRefused("state", code, status));
        }
        if (!roles.contains(actor.role())) {
            return Optional.of(new TransitionRefused("role", code, actor.role()));
        }
        if (complaint.isAbout(actor.id())) {
            return Optional.of(new TransitionRefused("recusal", actor.id()));
        }
        if (departmentBound && actor.role() == HANDLER && !complaint.investigation().assignment()
                .map(a -> a.departmentCode().equals(actor.departmentCode())).orElse(false)) {
            return Optional.of(new TransitionRefused("notDepartment", actor.id()));
        }
        return ownRefusal(complaint, actor);
    }

    /** Refuses the step unless this actor may take it now (see {@link #refusal}). */
    public void require(Complaint complaint, Actor actor) {
        Optional<TransitionRefused> refused = refusal(complaint, actor);
        if (refused.isPresent()) {
            throw refused.get();
        }
    }

    /** Whether a screen offers the step to this actor now. */
    public boolean offeredTo(Complaint complaint, Actor actor) {
        return refusal(complaint, actor).isEmpty();
    }

    /** The step's own rule beyond state, role, recusal and department; none by default. */
    Optional<TransitionRefused> ownRefusal(Complaint complaint, Actor actor) {
        return Optional.empty();
    }
}
