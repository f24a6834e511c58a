package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.servicehall.application.CaseView;
import org.servicehall.application.ResultFeedback;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.complaint.Feedback;
import org.servicehall.domain.model.complaint.Satisfaction;

/** Feedback to the complainant, and their appeal. */
@ApplicationScoped
public class DefaultResultFeedback implements ResultFeedback {

    @Inject
    CaseCommands cases;

    @Inject
    DeadlinePolicy deadlines;

    @Override
    public CaseView recordFeedback(String trackingNumber, Long expectedVersion, FeedbackReport report) {
        Feedback.Method method = Inputs.enumValue(Feedback.Method.class, report.method(), "method");
        Satisfaction satisfaction = Inputs.enumValue(Satisfaction.class, report.satisfaction(), "satisfaction");
        return cases.change(trackingNumber, expectedVersion, (complaint, actor) -> complaint.handling().recordFeedback(
                Feedback.given(method, report.content(), report.opinion(), satisfaction,
                        Boolean.TRUE.equals(report.appealRouteExplained())), actor, cases.now()));
    }

    @Override
    public CaseView skipFeedback(String trackingNumber, Long expectedVersion, String reason) {
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.handling().skipFeedback(reason, actor, cases.now()));
    }

    @Override
    public CaseView appeal(String trackingNumber, Long expectedVersion, String reason) {
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.aftercare().appeal(reason, actor, cases.now(), deadlines));
    }
}
