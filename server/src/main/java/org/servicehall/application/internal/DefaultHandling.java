package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.servicehall.application.CaseView;
import org.servicehall.application.Handling;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.complaint.HandlingPlan;
import org.servicehall.domain.model.complaint.Measure;

/** The handling plan, its approval, the measures, and deadline extensions. */
@ApplicationScoped
public class DefaultHandling implements Handling {

    @Inject
    CaseCommands cases;

    @Inject
    DeadlinePolicy deadlines;

    @Override
    public CaseView proposePlan(String trackingNumber, Long expectedVersion, PlanProposal proposal) {
        return cases.change(trackingNumber, expectedVersion, (complaint, actor) -> complaint.handling().proposePlan(
                new HandlingPlan(proposal.measures(), proposal.responsible(), proposal.dueOn()), actor, cases.now()));
    }

    @Override
    public CaseView approvePlan(String trackingNumber, Long expectedVersion) {
        return cases.change(trackingNumber, expectedVersion, (complaint, actor) -> complaint.handling().approvePlan(actor, cases.now()));
    }

    @Override
    public CaseView sendPlanBack(String trackingNumber, Long expectedVersion, String reason) {
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.handling().sendPlanBack(reason, actor, cases.now()));
    }

    @Override
    public CaseView recordMeasure(String trackingNumber, Long expectedVersion, String kind, String details) {
        Measure.Kind measure = Inputs.enumValue(Measure.Kind.class, kind, "kind");
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.handling().recordMeasure(measure, details, actor, cases.now()));
    }

    @Override
    public CaseView completeHandling(String trackingNumber, Long expectedVersion) {
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.handling().completeHandling(actor, cases.now(), deadlines));
    }

    @Override
    public CaseView requestExtension(String trackingNumber, Long expectedVersion, Instant requestedDue, String reason) {
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.oversight().requestExtension(requestedDue, reason, actor, cases.now()));
    }

    @Override
    public CaseView decideExtension(String trackingNumber, Long expectedVersion, long extensionId, boolean approve,
                                    String note) {
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.oversight().decideExtension(extensionId, approve, note, actor, cases.now()));
    }
}
