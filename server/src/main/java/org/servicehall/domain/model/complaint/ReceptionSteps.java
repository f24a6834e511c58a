package org.servicehall.domain.model.complaint;

import static org.servicehall.domain.model.complaint.ComplaintStatus.RECEIVED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.REDIRECTED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.REGISTERED;
import static org.servicehall.domain.model.complaint.ComplaintStatus.RESOLVED_ON_SPOT;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * Stage 1 of a complaint, receive and first response: what the filing brings beyond the complaint
 * itself, the receipt's query code by which the citizen follows the case, what the complainant
 * sends later through their channel, and the front desk's first response (accept, resolve on the
 * spot, redirect), with the first-contact owner it names.
 */
public final class ReceptionSteps {

    /** The longest reason kept when a message to the complainant was refused for good. */
    public static final int CONTACT_FAILURE_MAX_LENGTH = 500;

    private final Complaint complaint;

    ReceptionSteps(Complaint complaint) {
        this.complaint = complaint;
    }

    /**
     * Records which outside system brought the complaint in and its id there, so that a repeated
     * delivery finds this complaint and results can be reported back. Only as part of the filing.
     *
     * @param source    the channel adapter's id, e.g. {@code hotline-12345}
     * @param reference the counterpart's own id, e.g. a work order number
     */
    public void recordExternalReference(String source, String reference) {
        if (complaint.status() != RECEIVED || complaint.history().size() != 1 || complaint.external != null) {
            throw new TransitionRefused("state", "recordExternalReference", complaint.status());
        }
        complaint.setExternal(new ExternalReference(source, reference));
    }

    /**
     * Keeps what the complainant told at filing beyond the description: how they identified the
     * staff member or window, when it happened, the common problems they tapped and their answers
     * to the category's extra questions. Only as part of the filing itself, before anyone acted.
     *
     * @param staffOrWindow how the complainant identified whom it concerns, e.g. "12号窗口"; may be null
     * @param incidentAt    when it happened, as far as they said; may be null
     */
    public void recordFilingDetails(String staffOrWindow, Instant incidentAt, List<FilingDetail.Given> details) {
        recordFilingDetails(staffOrWindow, null, incidentAt, details);
    }

    /**
     * As {@link #recordFilingDetails(String, Instant, List)}, keeping also the number of the window
     * the complaint is about on its own, so that complaints about one window can be counted.
     *
     * @param windowNumber the window's number, digits; may be null
     */
    public void recordFilingDetails(String staffOrWindow, String windowNumber, Instant incidentAt,
                                    List<FilingDetail.Given> details) {
        List<FilingDetail> filingDetails = complaint.filingDetails;
        if (complaint.status() != RECEIVED || complaint.history().size() != 1 || !filingDetails.isEmpty()) {
            throw new TransitionRefused("state", "recordFilingDetails", complaint.status());
        }
        if (windowNumber != null && !windowNumber.matches("\\d{1," + Complaint.WINDOW_MAX_LENGTH + "}")) {
            throw new IllegalArgumentException("a window number is 1-" + Complaint.WINDOW_MAX_LENGTH + " digits");
        }
        complaint.setWindowComplainedAbout(windowNumber);
        if (staffOrWindow != null || incidentAt != null) {
            complaint.register(new Registration(null, staffOrWindow, null, incidentAt, null, null), null);
        }
        for (FilingDetail.Given given : details) {
            filingDetails.add(new FilingDetail(complaint, filingDetails.size() + 1, given));
        }
    }

    /**
     * Keeps what the complainant sent later through the channel the complaint came by, as a note
     * of contact with the complainant; any time before the complaint is finished.
     */
    public InvestigationNote receiveFollowUp(String text, Actor actor, Instant at) {
        ComplaintStep.RECEIVE_FOLLOW_UP.require(complaint, actor);
        InvestigationNote note = new InvestigationNote(complaint, InvestigationNote.Kind.COMPLAINANT_CONTACT, text, at, actor.id());
        complaint.notes.add(note);
        complaint.record(HistoryAction.NOTE_ADDED, complaint.status(), actor, at, "follow-up: " + note.text());
        return note;
    }

    /**
     * Keeps a file the complainant sent through the channel the complaint came in by (an e-mail's
     * attachment, say) as evidence, while the case is open; the file is already stored and hashed.
     */
    public Evidence receiveEvidence(Evidence.StoredFile file, String description, Actor actor, Instant at) {
        ComplaintStep.RECEIVE_EVIDENCE.require(complaint, actor);
        Evidence item = new Evidence(complaint, file, description, at, actor.id());
        complaint.evidence.add(item);
        complaint.record(HistoryAction.EVIDENCE_ADDED, complaint.status(), actor, at,
                "from complainant: " + file.fileName() + " sha256=" + file.sha256());
        return item;
    }

    /**
     * Records that a message to the complainant through the channel the complaint came by was
     * refused for good (an unknown mail address, say), so that staff reach them another way. In any
     * state, since an answer may be refused after the case is finished; the same reason is recorded
     * once however often the channel reports it.
     *
     * @return false when this reason was recorded before
     */
    public boolean recordContactFailure(String reason, Actor actor, Instant at) {
        ComplaintStep.RECORD_CONTACT_FAILURE.require(complaint, actor);
        String why = Texts.required(reason, CONTACT_FAILURE_MAX_LENGTH, "reason");
        if (complaint.history().stream()
                .anyMatch(h -> h.action() == HistoryAction.CONTACT_FAILED && h.summary().filter(why::equals).isPresent())) {
            return false;
        }
        complaint.record(HistoryAction.CONTACT_FAILED, complaint.status(), actor, at, why);
        return true;
    }

    /**
     * Staff at a window hand the complainant a new query code, after checking who they are (e.g. a
     * lost receipt, or lookups locked after wrong tries); the old code stops working at once. Allowed
     * in every state, an archived complaint included: it changes who can follow the case, not the case.
     *
     * @param reason how the complainant was identified, kept in the history (the code never is)
     * @return the new code, to be handed over once
     */
    public QueryCode reissueQueryCode(String reason, Actor actor, Instant at) {
        ComplaintStep.REISSUE_QUERY_CODE.require(complaint, actor);
        String why = Texts.required(reason, 500, "reason");
        QueryCode code = QueryCode.random();
        while (code.value().equals(complaint.queryCode)) {
            code = QueryCode.random();
        }
        complaint.setQueryCode(code.value());
        complaint.record(HistoryAction.QUERY_CODE_REISSUED, complaint.status(), actor, at, why);
        return code;
    }

    /**
     * First response: the complaint is within the center's remit and enters the formal process
     * with its registration form. The clerk who accepts it becomes the first-contact owner unless
     * someone already is.
     *
     * @param complainant   the complainant as registered (may add a name or phone); null keeps the filed one
     * @param ownerName     the accepting clerk's name, shown on the receipt
     */
    public void accept(Registration form, Complainant complainant, Actor actor, String ownerName, Instant at) {
        ComplaintStep.ACCEPT.require(complaint, actor);
        Objects.requireNonNull(form, "form");
        if (form.staffComplainedAboutId().map(actor.id()::equals).orElse(false)) {
            throw new TransitionRefused("recusal", actor.id());
        }
        complaint.register(form, complainant);
        takeFirstContact(actor, ownerName);
        complaint.move(REGISTERED, HistoryAction.ACCEPTED, actor, at, form.serviceStep().orElse(null));
    }

    /** Corrects or completes the registration form before the case goes to a department. */
    public void updateRegistration(Registration form, Complainant complainant, Actor actor, Instant at) {
        ComplaintStep.UPDATE_REGISTRATION.require(complaint, actor);
        Objects.requireNonNull(form, "form");
        if (form.staffComplainedAboutId().map(actor.id()::equals).orElse(false)) {
            throw new TransitionRefused("recusal", actor.id());
        }
        complaint.register(form, complainant);
        complaint.record(HistoryAction.REGISTRATION_UPDATED, complaint.status(), actor, at, null);
    }

    /** First response: resolved at first contact. It stays numbered and counts in the statistics. */
    public void resolveOnSpot(String whatWasDone, Actor actor, String ownerName, Instant at) {
        ComplaintStep.RESOLVE_ON_SPOT.require(complaint, actor);
        String done = Texts.required(whatWasDone, 1000, "whatWasDone");
        complaint.setOnSpotResolution(done);
        takeFirstContact(actor, ownerName);
        complaint.deadlines().complete(Stage.ACKNOWLEDGE, at);
        complaint.move(RESOLVED_ON_SPOT, HistoryAction.RESOLVED_ON_SPOT, actor, at, done);
        complaint.deadlines().runClock(null);
    }

    /** First response: outside the center's remit; the complainant was told where to go instead. */
    public void redirect(Referral to, Actor actor, String ownerName, Instant at) {
        ComplaintStep.REDIRECT.require(complaint, actor);
        complaint.setReferral(Objects.requireNonNull(to, "to"));
        takeFirstContact(actor, ownerName);
        complaint.deadlines().complete(Stage.ACKNOWLEDGE, at);
        complaint.move(REDIRECTED, HistoryAction.REDIRECTED, actor, at, to.agencyName() + ": " + to.explanation());
        complaint.deadlines().runClock(null);
    }

    private void takeFirstContact(Actor actor, String name) {
        complaint.setFirstContact(complaint.firstContact.takenBy(actor.id(), name));
    }

    /** The outside system that brought the complaint in and the complaint's id there, if a channel plugin did. */
    public Optional<ExternalReference> external() {
        return Optional.ofNullable(complaint.external);
    }

    /** The staff member who received the case and answers for it until a department signs for it. */
    public FirstContact firstContact() {
        return complaint.firstContact;
    }

    /** Whether the first-contact owner is still accountable: no department has signed for the case yet. */
    public boolean firstContactAccountable() {
        return complaint.status().isOpen() && complaint.firstContact.accountable();
    }

    public Optional<String> onSpotResolution() {
        return Optional.ofNullable(complaint.onSpotResolution);
    }

    public Optional<Referral> referral() {
        return Optional.ofNullable(complaint.referral).filter(r -> r.agencyCode() != null);
    }

    /** The number of the service window the complaint is about, when the complainant gave it at filing. */
    public Optional<String> windowComplainedAbout() {
        return Optional.ofNullable(complaint.windowComplainedAbout);
    }

    public Optional<String> receivingTerminal() {
        return Optional.ofNullable(complaint.receivingTerminal);
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(complaint.idempotencyKey);
    }

    /** The receipt's query code; empty for complaints filed before codes were issued. */
    public Optional<QueryCode> queryCode() {
        return Optional.ofNullable(complaint.queryCode).map(QueryCode::new);
    }

    /**
     * Whether a citizen who typed {@code proof} may follow this complaint: it is the receipt's query
     * code. Nothing else proves it, not even the phone's last digits, which staff screens show and a
     * stranger could guess in 10 000 tries. Wrong tries are counted per tracking number by the
     * application ({@link ProofFailures}).
     */
    public boolean admitsCitizen(String proof) {
        return proof != null && queryCode().map(code -> code.matches(proof)).orElse(false);
    }

    /** The common problems tapped and the extra answers given at filing, in the order given. */
    public List<FilingDetail> filingDetails() {
        return Collections.unmodifiableList(complaint.filingDetails);
    }
}
