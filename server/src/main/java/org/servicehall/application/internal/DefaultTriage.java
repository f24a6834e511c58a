package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.servicehall.application.CaseView;
import org.servicehall.application.RegistrationForm;
import org.servicehall.application.Triage;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.complaint.Assessment;
import org.servicehall.domain.model.complaint.CategorySnapshot;

/** Classification, assessment, registration corrections and duplicate decisions. */
@ApplicationScoped
public class DefaultTriage implements Triage {

    @Inject
    CaseCommands cases;

    @Inject
    CategoryCatalog catalog;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    DuplicateCheck duplicates;

    @Override
    public CaseView triage(String trackingNumber, Long expectedVersion, TriageDecision decision) {
        Urgency urgency = Inputs.enumValue(Urgency.class, decision.urgency(), "urgency");
        Assessment.Severity severity = Inputs.enumValue(Assessment.Severity.class, decision.severity(), "severity");
        return cases.change(trackingNumber, expectedVersion, (complaint, actor) -> {
            // A category withdrawn since filing may be kept; a new one must be on offer now.
            String code = decision.categoryCode() == null ? complaint.category().code() : decision.categoryCode().strip();
            CategorySnapshot category = code.equals(complaint.category().code()) ? complaint.category()
                    : catalog.find(code).map(CategorySnapshot::of).orElseThrow(() -> Inputs.invalid("categoryCode", "unknown"));
            Assessment assessment = new Assessment(severity, Boolean.TRUE.equals(decision.adverseImpact()),
                    Boolean.TRUE.equals(decision.major()), Boolean.TRUE.equals(decision.emergencyStarted()),
                    decision.alerted());
            complaint.triage().triage(category, decision.businessArea(), urgency, assessment, actor, cases.now(), deadlines);
        });
    }

    @Override
    public CaseView updateRegistration(String trackingNumber, Long expectedVersion, RegistrationForm form) {
        return cases.change(trackingNumber, expectedVersion, (complaint, actor) -> {
            complaint.reception().updateRegistration(Registrations.registration(form, complaint.registration()),
                    Registrations.complainant(form), actor, cases.now());
            duplicates.flag(complaint, cases.now());
        });
    }

    @Override
    public CaseView decideDuplicate(String trackingNumber, Long expectedVersion, long flagId, boolean confirmed) {
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.triage().decideDuplicate(flagId, confirmed, actor, cases.now()));
    }
}
