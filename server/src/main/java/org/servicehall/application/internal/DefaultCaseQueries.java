package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.AccessDeniedException;
import org.servicehall.application.CallerContext;
import org.servicehall.application.CaseFinder;
import org.servicehall.application.CaseQueries;
import org.servicehall.application.CaseView;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.domain.model.audit.AuditTrail;
import org.servicehall.domain.model.audit.PersonalDataAccess;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.shared.Actor;

/** Reads for staff, with recusal, masking and the personal-data audit trail. */
@ApplicationScoped
public class DefaultCaseQueries implements CaseQueries {

    /** Roles that may see a complainant's unmasked personal data (on request, audited). */
    private static final EnumSet<Actor.Role> MAY_UNMASK = EnumSet.of(Actor.Role.RECEPTION, Actor.Role.HANDLER, Actor.Role.SUPERVISOR);

    private static final int MAX_PAGE = 200;
    private static final int HINTS = 5;

    @Inject
    @ConfigProperty(name = "servicehall.duplicates.window.days", defaultValue = "30")
    int windowDays;

    @Inject
    CaseCommands cases;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    @Inject
    CaseFinder finder;

    @Override
    @Transactional
    public CaseView view(String trackingNumber) {
        return CaseView.of(cases.load(trackingNumber, caller.actor()), false, cases.now(), caller.actor());
    }

    @Override
    @Transactional
    public CaseView.ComplainantView complainant(String trackingNumber, String purpose) {
        Actor actor = caller.actor();
        if (!MAY_UNMASK.contains(actor.role())) {
            throw new AccessDeniedException("role");
        }
        Complaint complaint = cases.load(trackingNumber, actor);
        if (actor.role() == Actor.Role.HANDLER && complaint.investigation().assignment()
                .map(a -> !a.departmentCode().equals(actor.departmentCode())).orElse(true)) {
            throw new AccessDeniedException("notDepartment");
        }
        if (purpose == null || purpose.isBlank()) {
            // the audit trail answers "why" for every read, on the screen and over the API alike
            throw new InvalidInputException(List.of(FieldViolation.of("purpose", "required")));
        }
        audit.record(new PersonalDataAccess(complaint.trackingNumber().value(), actor, purpose, cases.now()));
        return CaseView.of(complaint, true, cases.now(), null).complainant();
    }

    @Override
    @Transactional
    public List<CaseSummary> aboutSameStaff(String staffId, String staffNamed, String categoryCode) {
        Actor actor = caller.actor();
        Instant since = cases.now().minus(Duration.ofDays(windowDays));
        return finder.aboutStaffInCategory(staffId, staffNamed, categoryCode, since, actor.id(), HINTS);
    }

    @Override
    @Transactional
    public Page<CaseSummary> queue(QueueRequest request) {
        Actor actor = caller.actor();
        int limit = request.limit() <= 0 ? 20 : Math.min(request.limit(), MAX_PAGE);
        QueueRequest bounded = new QueueRequest(request.queue() == null ? Queue.ALL : request.queue(), request.status(),
                request.urgency(), request.categoryCode(), request.channel(), request.text(), request.sort(),
                Math.max(0, request.offset()), limit);
        return finder.find(bounded, actor, cases.now());
    }

    @Override
    @Transactional
    public long count(Queue queue) {
        return finder.count(new QueueRequest(queue, null, null, null, null, null, null, 0, 1), caller.actor(), cases.now());
    }
}
