package org.servicehall.interfaces.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.servicehall.application.Archiving;
import org.servicehall.application.CaseAssignment;
import org.servicehall.application.CaseView;
import org.servicehall.application.FirstResponse;
import org.servicehall.application.Handling;
import org.servicehall.application.Investigation;
import org.servicehall.application.QueryCodeReissue;
import org.servicehall.application.RegistrationForm;
import org.servicehall.application.ResultFeedback;
import org.servicehall.application.Triage;
import org.servicehall.ui.facade.staff.CaseStep;

/**
 * Which application call takes each step of the case screen: one entry per {@link CaseStep} record,
 * looked up by the record's type. The application services check the caller and every rule.
 */
@ApplicationScoped
public class CaseStepCalls {

    /** Takes one kind of step on the case as it was at {@code version}. */
    @FunctionalInterface
    interface Call<S extends CaseStep> {
        CaseView take(String trackingNumber, long version, S step);
    }

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
    Clock clock;

    private final Map<Class<? extends CaseStep>, Call<?>> calls = new HashMap<>();

    @PostConstruct
    void register() {
        on(CaseStep.Accept.class, (n, v, s) -> firstResponse.accept(n, v, new RegistrationForm(null, null, null, null,
                s.serviceStep(), s.staffComplainedAbout(), s.staffComplainedAboutId(), null, s.expectedOutcome(),
                s.evidenceNote())));
        on(CaseStep.ResolveOnSpot.class, (n, v, s) -> firstResponse.resolveOnSpot(n, v, s.whatWasDone()));
        on(CaseStep.Redirect.class, (n, v, s) -> firstResponse.redirect(n, v, s.agencyCode(), s.explanation()));
        on(CaseStep.Triage.class, (n, v, s) -> triage.triage(n, v, new Triage.TriageDecision(s.categoryCode(),
                s.businessArea(), s.urgency(), s.severity(), s.adverseImpact(), s.major(), s.emergencyStarted(),
                s.alerted())));
        on(CaseStep.DecideDuplicate.class, (n, v, s) -> triage.decideDuplicate(n, v, s.flagId(), s.confirmed()));
        on(CaseStep.Assign.class, (n, v, s) -> assignment.assign(n, v, new CaseAssignment.Order(s.departmentCode(),
                s.handlerId(), s.scope(), s.standards(), instant(s.handleDue()))));
        on(CaseStep.SignFor.class, (n, v, s) -> assignment.signFor(n, v));
        on(CaseStep.Return.class, (n, v, s) -> assignment.returnAssignment(n, v, s.reason()));
        on(CaseStep.AddNote.class, (n, v, s) -> investigation.addNote(n, v, s.kind(), s.text()));
        on(CaseStep.RecordFinding.class, (n, v, s) -> investigation.recordFinding(n, v, new Investigation.FindingReport(
                s.outcome(), s.substantiatedParts(), s.cause(), s.causeOther(), s.basis())));
        on(CaseStep.ProposePlan.class, (n, v, s) -> handling.proposePlan(n, v, new Handling.PlanProposal(s.measures(),
                s.responsible(), s.dueOn())));
        on(CaseStep.DecidePlan.class, (n, v, s) -> s.approve() ? handling.approvePlan(n, v)
                : handling.sendPlanBack(n, v, s.reason()));
        on(CaseStep.RecordMeasure.class, (n, v, s) -> handling.recordMeasure(n, v, s.kind(), s.details()));
        on(CaseStep.CompleteHandling.class, (n, v, s) -> handling.completeHandling(n, v));
        on(CaseStep.RequestExtension.class, (n, v, s) -> handling.requestExtension(n, v, instant(s.requestedDue()),
                s.reason()));
        on(CaseStep.DecideExtension.class, (n, v, s) -> handling.decideExtension(n, v, s.extensionId(), s.approve(),
                s.note()));
        on(CaseStep.RecordFeedback.class, (n, v, s) -> feedback.recordFeedback(n, v, new ResultFeedback.FeedbackReport(
                s.method(), s.content(), s.opinion(), s.satisfaction(), s.appealRouteExplained())));
        on(CaseStep.SkipFeedback.class, (n, v, s) -> feedback.skipFeedback(n, v, s.reason()));
        on(CaseStep.Appeal.class, (n, v, s) -> feedback.appeal(n, v, s.reason()));
        on(CaseStep.Archive.class, (n, v, s) -> archiving.archive(n, v));
        on(CaseStep.Reopen.class, (n, v, s) -> archiving.reopen(n, v, s.reason()));
        on(CaseStep.ReissueQueryCode.class, (n, v, s) -> queryCodes.reissue(n, v, s.reason()));
        on(CaseStep.Supervise.class, (n, v, s) -> archiving.supervise(n, v, s.reason()));
        on(CaseStep.RaiseUrgency.class, (n, v, s) -> archiving.raiseUrgency(n, v, s.urgency(), s.reason()));
    }

    private <S extends CaseStep> void on(Class<S> type, Call<S> call) {
        calls.put(type, call);
    }

    /** Takes the step through the application service that owns it. */
    @SuppressWarnings("unchecked")
    CaseView take(String trackingNumber, long version, CaseStep step) {
        Call<CaseStep> call = (Call<CaseStep>) calls.get(step.getClass());
        if (call == null) {
            throw new IllegalArgumentException("no call takes " + step.getClass().getSimpleName());
        }
        return call.take(trackingNumber, version, step);
    }

    /** The step records this table takes. */
    Set<Class<? extends CaseStep>> steps() {
        return Set.copyOf(calls.keySet());
    }

    private Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(clock.getZone()).toInstant();
    }
}
