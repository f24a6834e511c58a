package org.servicehall.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.complaint.AppealRound;
import org.servicehall.domain.model.complaint.ArchiveMark;
import org.servicehall.domain.model.complaint.Assessment;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.Deadlines;
import org.servicehall.domain.model.complaint.Evidence;
import org.servicehall.domain.model.complaint.Extension;
import org.servicehall.domain.model.complaint.ExternalReference;
import org.servicehall.domain.model.complaint.FirstContact;
import org.servicehall.domain.model.complaint.HistoryEntry;
import org.servicehall.domain.model.complaint.InvestigationNote;
import org.servicehall.domain.model.complaint.Measure;
import org.servicehall.domain.model.complaint.Supervision;
import org.servicehall.domain.shared.Actor;

/**
 * A complaint as staff see it: the whole case file, with the complainant's personal data masked
 * (see {@link ComplainantView} for the unmasked, audited read).
 *
 * @param version           the version to send back with the next change (optimistic locking)
 * @param externalSource    the channel plugin that brought the complaint in (e.g. {@code hotline-12345}); null for the hall's own channels
 * @param externalReference the counterpart's own id of it (e.g. the 12345 work order number); null likewise
 * @param queryCode         the complainant's query code, handed over once: only in the answer to the
 *                          window's registration and to a reissue of the code; null everywhere else
 */
public record CaseView(
        String trackingNumber, long version, String status, String channel, String receivingTerminal,
        Instant receivedAt, String categoryCode, String categoryLabelZh, String categoryLabelEn, String businessArea,
        String urgency, String description, ComplainantView complainant, RegistrationView registration,
        AssessmentView assessment, String firstContactOwner, String firstContactName, boolean firstContactAccountable,
        String onSpotResolution, ReferralView referral, AssignmentView assignment, String returnReason,
        FindingView finding, PlanView plan, String planSentBackReason, List<MeasureView> measures,
        FeedbackView feedback, String citizenRating, int appealRound, String appealReason,
        boolean supervised, String supervisionReason, Instant archivedAt,
        List<DeadlineView> deadlines, Instant currentDue, String currentStage,
        List<NoteView> notes, List<EvidenceView> evidence, List<DuplicateView> duplicates,
        List<ExtensionView> extensions, List<HistoryView> history, Set<String> allowedSteps,
        String externalSource, String externalReference, String queryCode) {

    /** The complainant; masked unless read through the audited personal-data view. */
    public record ComplainantView(boolean anonymous, String name, String phone, String otherContact, boolean masked) {
    }

    public record RegistrationView(String serviceStep, String staffComplainedAbout, String staffComplainedAboutId,
                                   Instant incidentAt, String expectedOutcome, String evidenceNote) {
    }

    public record AssessmentView(String severity, boolean adverseImpact, boolean major, boolean emergencyStarted,
                                 String alerted) {
    }

    public record ReferralView(String agencyCode, String agencyName, String contact, String explanation) {
    }

    public record AssignmentView(String departmentCode, String departmentName, String handlerId, String handlerName,
                                 String scope, String standards, Instant assignedAt, String assignedBy) {
    }

    public record FindingView(String outcome, String substantiatedParts, String cause, String causeOther, String basis,
                              Instant recordedAt, String recordedBy) {
    }

    public record PlanView(String measures, String responsible, LocalDate dueOn, boolean approvalRequired,
                           Instant proposedAt, String proposedBy, Instant approvedAt, String approvedBy) {
    }

    public record MeasureView(long id, String kind, String details, Instant doneAt, String doneBy) {
    }

    public record FeedbackView(String method, String content, String opinion, String satisfaction,
                               boolean appealRouteExplained, boolean skipped, Instant givenAt, String givenBy) {
    }

    /** A stage's deadline, when it was done, and whether it was (or is) late. */
    public record DeadlineView(String stage, Instant due, Instant done, boolean late) {
    }

    public record NoteView(long id, String kind, String text, Instant recordedAt, String recordedBy) {
    }

    public record EvidenceView(long id, String fileName, String contentType, long size, String sha256,
                               String description, Instant addedAt, String addedBy) {
    }

    public record DuplicateView(long id, String otherTrackingNumber, String reason, String state, Instant flaggedAt,
                                String decidedBy) {
    }

    public record ExtensionView(long id, String stage, Instant previousDue, Instant requestedDue, String reason,
                                String state, Instant requestedAt, String requestedBy, String decidedBy,
                                String decisionNote) {
    }

    public record HistoryView(int sequence, String action, String fromStatus, String toStatus, String actorId,
                              String actorRole, String terminal, Instant at, String summary) {
    }

    /**
     * The staff view of a complaint, with personal data masked or not, and the steps that
     * {@code viewer} may take on it now (the names of the complaint's transitions).
     */
    public static CaseView of(Complaint c, boolean unmasked, Instant now, Actor viewer) {
        var complainant = c.complainant();
        ComplainantView person = new ComplainantView(complainant.isAnonymous(),
                unmasked ? complainant.name().orElse(null) : complainant.maskedName().orElse(null),
                complainant.phone().map(p -> unmasked ? p.value() : p.masked()).orElse(null),
                complainant.otherContact().map(o -> unmasked ? o : "****").orElse(null),
                !unmasked);
        var r = c.registration();
        RegistrationView registration = new RegistrationView(r.serviceStep().orElse(null),
                r.staffComplainedAbout().orElse(null), r.staffComplainedAboutId().orElse(null),
                r.incidentAt().orElse(null), r.expectedOutcome().orElse(null), r.evidenceNote().orElse(null));
        AssessmentView assessment = c.triage().assessment().map(CaseView::assessment).orElse(null);
        ReferralView referral = c.reception().referral().map(x -> new ReferralView(x.agencyCode(), x.agencyName(), x.contact(),
                x.explanation())).orElse(null);
        AssignmentView assignment = c.investigation().assignment().map(a -> new AssignmentView(a.departmentCode(), a.departmentName(),
                a.handlerId(), a.handlerName(), a.scope(), a.standards().orElse(null), a.assignedAt(), a.assignedBy()))
                .orElse(null);
        FindingView finding = c.investigation().finding().map(f -> new FindingView(f.outcome().name(),
                f.substantiatedParts().orElse(null), f.cause().name(), f.causeOther().orElse(null), f.basis(),
                f.recordedAt(), f.recordedBy())).orElse(null);
        PlanView plan = c.handling().plan().map(p -> new PlanView(p.measures(), p.responsible(), p.dueOn(), p.approvalRequired(),
                p.proposedAt(), p.proposedBy(), p.approvedAt().orElse(null), p.approvedBy().orElse(null))).orElse(null);
        FeedbackView feedback = c.handling().feedback().map(f -> new FeedbackView(f.method().map(Enum::name).orElse(null),
                f.content(), f.opinion().orElse(null), f.satisfaction().map(Enum::name).orElse(null),
                f.appealRouteExplained(), f.isSkipped(), f.givenAt(), f.givenBy())).orElse(null);
        FirstContact firstContact = c.reception().firstContact();
        AppealRound round = c.aftercare().appealRound();
        Supervision supervision = c.oversight().supervision();
        Optional<ExternalReference> external = c.reception().external();
        return new CaseView(c.trackingNumber().value(), c.version(), c.status().name(), c.channel().code(),
                c.reception().receivingTerminal().orElse(null), c.receivedAt(), c.category().code(), c.category().labelZh(),
                c.category().labelEn(), c.triage().businessArea().orElse(null), c.urgency().name(), c.description(), person,
                registration, assessment, firstContact.owner().orElse(null), firstContact.name().orElse(null),
                c.reception().firstContactAccountable(), c.reception().onSpotResolution().orElse(null), referral, assignment,
                c.investigation().returnReason().orElse(null), finding, plan, c.handling().planSentBackReason().orElse(null),
                c.handling().measures().stream().map(CaseView::measure).toList(), feedback,
                c.aftercare().citizenRating().map(Enum::name).orElse(null), round.number(), round.reason().orElse(null),
                supervision.isOn(), supervision.reason().orElse(null), c.aftercare().archived().map(ArchiveMark::at).orElse(null),
                deadlines(c.deadlines(), now), c.deadlines().current().orElse(null),
                c.deadlines().currentStage().map(Enum::name).orElse(null),
                c.investigation().notes().stream().map(CaseView::note).toList(),
                c.investigation().evidence().stream().map(CaseView::evidence).toList(),
                c.triage().duplicateFlags().stream().map(d -> new DuplicateView(d.id(), d.otherTrackingNumber().value(),
                        d.reason().name(), d.state().name(), d.flaggedAt(), d.decidedBy().orElse(null))).toList(),
                c.oversight().extensions().stream().map(CaseView::extension).toList(),
                c.history().stream().map(CaseView::history).toList(),
                viewer == null ? Set.of() : Set.copyOf(c.allowedSteps(viewer)),
                external.map(ExternalReference::source).orElse(null),
                external.map(ExternalReference::reference).orElse(null), null);
    }

    /** This view with the complainant's query code, for the one answer that hands it over. */
    public CaseView withQueryCode(String code) {
        return new CaseView(trackingNumber, version, status, channel, receivingTerminal, receivedAt, categoryCode,
                categoryLabelZh, categoryLabelEn, businessArea, urgency, description, complainant, registration,
                assessment, firstContactOwner, firstContactName, firstContactAccountable, onSpotResolution, referral,
                assignment, returnReason, finding, plan, planSentBackReason, measures, feedback, citizenRating,
                appealRound, appealReason, supervised, supervisionReason, archivedAt, deadlines, currentDue,
                currentStage, notes, evidence, duplicates, extensions, history, allowedSteps, externalSource,
                externalReference, code);
    }

    private static AssessmentView assessment(Assessment a) {
        return new AssessmentView(a.severity().name(), a.adverseImpact(), a.major(), a.emergencyStarted(),
                a.alerted().orElse(null));
    }

    private static List<DeadlineView> deadlines(Deadlines d, Instant now) {
        return Arrays.stream(Stage.values())
                .filter(stage -> d.due(stage).isPresent())
                .map(stage -> {
                    Instant due = d.due(stage).get();
                    Instant done = d.done(stage).orElse(null);
                    boolean late = done != null ? done.isAfter(due) : now.isAfter(due) && d.currentStage().orElse(null) == stage;
                    return new DeadlineView(stage.name(), due, done, late);
                })
                .toList();
    }

    private static MeasureView measure(Measure m) {
        return new MeasureView(m.id() == null ? 0 : m.id(), m.kind().name(), m.details(), m.doneAt(), m.doneBy());
    }

    private static NoteView note(InvestigationNote n) {
        return new NoteView(n.id() == null ? 0 : n.id(), n.kind().name(), n.text(), n.recordedAt(), n.recordedBy());
    }

    private static EvidenceView evidence(Evidence e) {
        return new EvidenceView(e.id() == null ? 0 : e.id(), e.fileName(), e.contentType(), e.size(), e.sha256(),
                e.description(), e.addedAt(), e.addedBy());
    }

    private static ExtensionView extension(Extension e) {
        return new ExtensionView(e.id() == null ? 0 : e.id(), e.stage().name(), e.previousDue().orElse(null),
                e.requestedDue(), e.reason(), e.state().name(), e.requestedAt(), e.requestedBy(),
                e.decidedBy().orElse(null), e.decisionNote().orElse(null));
    }

    private static HistoryView history(HistoryEntry h) {
        return new HistoryView(h.sequence(), h.action().name(), h.fromStatus().map(Enum::name).orElse(null),
                h.toStatus().name(), h.actor().id(), h.actor().role().name(), h.actor().terminal(), h.occurredAt(),
                h.summary().orElse(null));
    }
}
