package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.servicehall.application.Archiving;
import org.servicehall.application.CaseView;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Urgency;

/** Archiving, reopening, supervision and urgency escalation. */
@ApplicationScoped
public class DefaultArchiving implements Archiving {

    @Inject
    CaseCommands cases;

    @Inject
    DeadlinePolicy deadlines;

    @Override
    public CaseView archive(String trackingNumber, Long expectedVersion) {
        return cases.change(trackingNumber, expectedVersion, (complaint, actor) -> complaint.aftercare().archive(actor, cases.now()));
    }

    @Override
    public CaseView reopen(String trackingNumber, Long expectedVersion, String reason) {
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.aftercare().reopen(reason, actor, cases.now()));
    }

    @Override
    public CaseView supervise(String trackingNumber, Long expectedVersion, String reason) {
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.oversight().supervise(reason, actor, cases.now()));
    }

    @Override
    public CaseView raiseUrgency(String trackingNumber, Long expectedVersion, String urgency, String reason) {
        Urgency to = Inputs.enumValue(Urgency.class, urgency, "urgency");
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.oversight().raiseUrgency(to, reason, actor, cases.now(), deadlines));
    }
}
