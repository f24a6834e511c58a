package org.servicehall.application.internal;

import org.servicehall.application.NotificationConsent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.servicehall.application.AccessDeniedException;
import org.servicehall.application.CallerContext;
import org.servicehall.application.CaseView;
import org.servicehall.application.FirstResponse;
import org.servicehall.application.RegistrationForm;
import org.servicehall.application.UncheckedFiling;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.Complainant;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.Referral;
import org.servicehall.domain.model.complaint.Registration;
import org.servicehall.domain.model.directory.Department;
import org.servicehall.domain.model.directory.Directory;
import org.servicehall.domain.shared.Actor;

/** The first response to a complaint, at a window or for one that arrived through another channel. */
@ApplicationScoped
public class DefaultFirstResponse implements FirstResponse {

    @Inject
    CitizenNotices notices;

    private static final Set<Channel> STAFF_CHANNELS =
            Set.of(Channel.WINDOW, Channel.PHONE_HOTLINE, Channel.LETTER, Channel.VISIT, Channel.SUGGESTION_BOX);

    @Inject
    CaseCommands cases;

    @Inject
    CallerContext caller;

    @Inject
    ComplaintRepository complaints;

    @Inject
    CategoryCatalog catalog;

    @Inject
    Directory directory;

    @Inject
    DeadlinePolicy deadlines;

    @Inject
    DuplicateCheck duplicates;

    @Override
    @Transactional
    public CaseView receiveAtWindow(WindowIntake intake) {
        Actor actor = caller.actor();
        if (actor.role() != Actor.Role.RECEPTION && actor.role() != Actor.Role.SUPERVISOR) {
            throw new AccessDeniedException("forbidden");
        }
        if (intake.idempotencyKey() != null) {
            Optional<Complaint> earlier = complaints.findByIdempotencyKey(intake.idempotencyKey());
            if (earlier.isPresent()) {
                return receipt(earlier.get(), cases.now(), actor);
            }
        }
        RegistrationForm form = intake.form() == null
                ? new RegistrationForm(null, null, null, null, null, null, null, null, null, null) : intake.form();
        // Channel, category and description are checked as for any filing; the complainant as registered.
        CheckedFiling filing = FilingValidator.validate(new UncheckedFiling(intake.channel(), intake.categoryCode(),
                intake.description(), null, null, true, intake.terminal(), intake.idempotencyKey()), catalog);
        if (!STAFF_CHANNELS.contains(filing.channel())) {
            throw Inputs.invalid("channel", "unknown");
        }
        Complainant complainant = Optional.ofNullable(Registrations.complainant(form)).orElse(Complainant.anonymous());
        Registration registration = Registrations.registration(form, Registration.empty());
        String outcome = intake.outcome() == null ? "ACCEPT" : intake.outcome();
        Referral referral = "REDIRECT".equals(outcome) ? referral(intake.agencyCode(), intake.explanation()) : null;

        Instant now = cases.now();
        Actor atWindow = new Actor(actor.id(), actor.role(), filing.terminal(), actor.departmentCode());
        Complaint complaint = Complaint.receive(complaints.nextTrackingNumber(LocalDate.ofInstant(now, deadlines.zone())),
                filing.channel(), CategorySnapshot.of(filing.category()), filing.description(), complainant, atWindow,
                now, filing.idempotencyKey(), deadlines);
        switch (outcome) {
            case "ACCEPT" -> {
                complaint.reception().accept(registration, null, atWindow, caller.displayName(), now);
                duplicates.flag(complaint, now);
            }
            case "RESOLVE_ON_SPOT" -> complaint.reception().resolveOnSpot(intake.whatWasDone(), atWindow, caller.displayName(), now);
            case "REDIRECT" -> complaint.reception().redirect(referral, atWindow, caller.displayName(), now);
            default -> throw Inputs.invalid("outcome", "unknown");
        }
        complaints.store(complaint);
        notices.filed(complaint, new NotificationConsent(intake.smsConsent(), null),
                complaint.reception().queryCode().map(c -> c.value()).orElse(null));
        return receipt(complaint, now, actor);
    }

    /** The window's receipt: the case with the query code the complainant takes home (the only time staff see it). */
    private static CaseView receipt(Complaint complaint, Instant now, Actor actor) {
        return CaseView.of(complaint, false, now, actor).withQueryCode(complaint.reception().queryCode().map(c -> c.value()).orElse(null));
    }

    @Override
    public CaseView accept(String trackingNumber, Long expectedVersion, RegistrationForm form) {
        return cases.change(trackingNumber, expectedVersion, (complaint, actor) -> {
            Instant now = cases.now();
            complaint.reception().accept(Registrations.registration(form, complaint.registration()), Registrations.complainant(form),
                    actor, caller.displayName(), now);
            duplicates.flag(complaint, now);
        });
    }

    @Override
    public CaseView resolveOnSpot(String trackingNumber, Long expectedVersion, String whatWasDone) {
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.reception().resolveOnSpot(whatWasDone, actor, caller.displayName(), cases.now()));
    }

    @Override
    public CaseView redirect(String trackingNumber, Long expectedVersion, String agencyCode, String explanation) {
        Referral referral = referral(agencyCode, explanation);
        return cases.change(trackingNumber, expectedVersion,
                (complaint, actor) -> complaint.reception().redirect(referral, actor, caller.displayName(), cases.now()));
    }

    private Referral referral(String agencyCode, String explanation) {
        if (agencyCode == null || agencyCode.isBlank()) {
            throw Inputs.invalid("agencyCode", "required");
        }
        Department agency = directory.department(agencyCode.strip()).filter(Department::isActive)
                .orElseThrow(() -> Inputs.invalid("agencyCode", "unknown"));
        if (explanation == null || explanation.isBlank()) {
            throw Inputs.invalid("explanation", "required");
        }
        return new Referral(agency.ref(), explanation);
    }
}
