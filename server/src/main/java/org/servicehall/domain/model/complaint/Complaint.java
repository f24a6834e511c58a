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
import static org.servicehall.domain.shared.Actor.Role.HANDLER;
import static org.servicehall.domain.shared.Actor.Role.RECEPTION;
import static org.servicehall.domain.shared.Actor.Role.SUPERVISOR;
import static org.servicehall.domain.shared.Actor.Role.SYSTEM;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

/**
 * A complaint from the moment it is received until it is archived: the case file of the five
 * stages of the process. State changes only through the named transitions below; each checks the
 * state, the actor's role and the rules of its step, and appends a {@link HistoryEntry}. Rules:
 * the first-contact owner stays named until a department signs for the case; the staff member
 * complained about never acts on the case; plans of urgent, emergency or major complaints need a
 * supervisor's approval; an appeal goes to a handler other than the first one; an archived case
 * is frozen until a supervisor reopens it with a reason.
 */
@Entity
@Table(name = "COMPLAINT")
@NamedQuery(name = "Complaint.findByTrackingNumber",
        query = "SELECT c FROM Complaint c WHERE c.trackingNumber = :trackingNumber")
@NamedQuery(name = "Complaint.findByIdempotencyKey",
        query = "SELECT c FROM Complaint c WHERE c.idempotencyKey = :key")
@NamedQuery(name = "Complaint.findByExternalReference",
        query = "SELECT c FROM Complaint c WHERE c.external.source = :source AND c.external.reference = :reference")
@NamedQuery(name = "Complaint.possibleDuplicates",
        query = "SELECT c.trackingNumber FROM Complaint c WHERE c.trackingNumber <> :number AND c.receivedAt >= :since"
                + " AND (c.complainant.phone = :phone OR ((c.registration.staffComplainedAboutId = :staff"
                + " OR c.registration.staffComplainedAbout = :staff) AND c.category.code = :category))"
                + " ORDER BY c.receivedAt DESC")
@NamedQuery(name = "Complaint.fromPhoneBetween",
        query = "SELECT c.trackingNumber FROM Complaint c WHERE c.complainant.phone = :key"
                + " AND c.receivedAt >= :since AND c.receivedAt <= :until ORDER BY c.receivedAt DESC, c.trackingNumber DESC")
@NamedQuery(name = "Complaint.aboutStaffBetween",
        query = "SELECT c.trackingNumber FROM Complaint c WHERE c.registration.staffComplainedAboutId = :key"
                + " AND c.receivedAt >= :since AND c.receivedAt <= :until ORDER BY c.receivedAt DESC, c.trackingNumber DESC")
@NamedQuery(name = "Complaint.aboutWindowBetween",
        query = "SELECT c.trackingNumber FROM Complaint c WHERE c.windowComplainedAbout = :key"
                + " AND c.receivedAt >= :since AND c.receivedAt <= :until ORDER BY c.receivedAt DESC, c.trackingNumber DESC")
@NamedQuery(name = "Complaint.deadlineBefore",
        query = "SELECT c.trackingNumber, c.deadlines.current FROM Complaint c WHERE c.deadlines.current < :horizon"
                + " ORDER BY c.deadlines.current, c.trackingNumber")
@NamedQuery(name = "Complaint.deadlineBeforeAfter",
        query = "SELECT c.trackingNumber, c.deadlines.current FROM Complaint c WHERE c.deadlines.current < :horizon"
                + " AND (c.deadlines.current > :due OR (c.deadlines.current = :due AND c.trackingNumber > :number))"
                + " ORDER BY c.deadlines.current, c.trackingNumber")
public class Complaint {

    /** The longest description the hall's own forms (kiosk, website, window, REST) take. */
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    /**
     * The longest description an outside system brings through a channel: Open311 allows 4000
     * characters of the requester's words, to which the channel adds location and media lines, and
     * such a text is kept whole rather than refused or cut.
     */
    public static final int CHANNEL_DESCRIPTION_MAX_LENGTH = 6000;
    /** The longest reason kept when a message to the complainant was refused for good. */
    public static final int CONTACT_FAILURE_MAX_LENGTH = 500;
    public static final int TERMINAL_MAX_LENGTH = 40;
    public static final int WINDOW_MAX_LENGTH = 8;
    public static final int IDEMPOTENCY_KEY_MAX_LENGTH = 64;
    public static final int EXTERNAL_SOURCE_MAX_LENGTH = 60;
    public static final int EXTERNAL_REFERENCE_MAX_LENGTH = 100;

    private static final Set<ComplaintStatus> RATEABLE = EnumSet.of(CLOSED, RESOLVED_ON_SPOT);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaintIds")
    @SequenceGenerator(name = "complaintIds", sequenceName = "COMPLAINT_SEQ", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "TRACKING_NUMBER", nullable = false, updatable = false, length = 20)
    private String trackingNumber;

    @Column(name = "CHANNEL", nullable = false, updatable = false, length = 40)
    private String channel;

    @Column(name = "RECEIVING_TERMINAL", updatable = false, length = TERMINAL_MAX_LENGTH)
    private String receivingTerminal;

    @Embedded
    private Classification category;

    @Column(name = "BUSINESS_AREA", length = 100)
    private String businessArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "URGENCY", nullable = false, length = 20)
    private Urgency urgency;

    @Column(name = "DESCRIPTION", nullable = false, length = CHANNEL_DESCRIPTION_MAX_LENGTH)
    private String description;

    @Embedded
    private Complainant complainant;

    @Embedded
    private Registration registration;

    /** The number of the service window the complaint is about, as given when filing (digits). */
    @Column(name = "WINDOW_COMPLAINED_ABOUT", updatable = false, length = WINDOW_MAX_LENGTH)
    private String windowComplainedAbout;

    @Embedded
    private Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 30)
    private ComplaintStatus status;

    @Column(name = "RECEIVED_AT", nullable = false, updatable = false)
    private Instant receivedAt;

    /** The day of receipt in the hall's time zone, for statistics by day and week. */
    @Column(name = "RECEIVED_DAY", nullable = false, updatable = false)
    private LocalDate receivedDay;

    @Column(name = "IDEMPOTENCY_KEY", updatable = false, length = IDEMPOTENCY_KEY_MAX_LENGTH)
    private String idempotencyKey;

    /** For complaints from channel plugins; null for the others. */
    @Embedded
    private ExternalReference external;

    /**
     * The receipt's query code; null for complaints filed before codes were issued. Staff replace
     * it when they hand the complainant a new one ({@link #reissueQueryCode}).
     */
    @Column(name = "QUERY_CODE", length = 12)
    private String queryCode;

    @Embedded
    private FirstContact firstContact;

    @Column(name = "ON_SPOT_RESOLUTION", length = 1000)
    private String onSpotResolution;

    @Embedded
    private Referral referral;

    @Embedded
    private Assignment assignment;

    @Column(name = "RETURN_REASON", length = 1000)
    private String returnReason;

    @Embedded
    private Finding finding;

    @Embedded
    private HandlingPlan plan;

    @Column(name = "PLAN_SENT_BACK_REASON", length = 1000)
    private String planSentBackReason;

    @Embedded
    private Feedback feedback;

    @Enumerated(EnumType.STRING)
    @Column(name = "CITIZEN_RATING", length = 20)
    private Satisfaction citizenRating;

    @Embedded
    private AppealRound appeal;

    @Embedded
    private Supervision supervision;

    /** Null unless archived. */
    @Embedded
    private ArchiveMark archived;

    @Embedded
    private Deadlines deadlines = new Deadlines();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<HistoryEntry> history = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt")
    private List<InvestigationNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("addedAt")
    private List<Evidence> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("doneAt")
    private List<Measure> measures = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("flaggedAt")
    private List<DuplicateFlag> duplicateFlags = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("requestedAt")
    private List<Extension> extensions = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<FilingDetail> filingDetails = new ArrayList<>();

    /** See {@link #countedAs()}: not a column, set when loaded and when stored. */
    @Transient
    private ComplaintFigures countedAs;

    protected Complaint() {
        // for JPA
    }

    // ---------------------------------------------------------------- stage 1: receive & first response

    /**
     * Receives a complaint from a channel: it is numbered and enters the process as
     * {@link ComplaintStatus#RECEIVED}; the clock for the first response starts. Received by staff
     * (at a window, by phone), the receiver becomes the first-contact owner.
     *
     * @param idempotencyKey the filing's key when the channel supplies one, so that a repeated
     *                       submission finds this complaint instead of filing a second; may be null
     */
    public static Complaint receive(TrackingNumber number, Channel channel, CategorySnapshot category,
                                    String description, Complainant complainant, Actor receivedBy,
                                    Instant at, String idempotencyKey, DeadlinePolicy deadlines) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(at, "at");
        if (idempotencyKey != null && idempotencyKey.length() > IDEMPOTENCY_KEY_MAX_LENGTH) {
            throw new IllegalArgumentException("idempotency key longer than " + IDEMPOTENCY_KEY_MAX_LENGTH);
        }
        Complaint complaint = new Complaint();
        complaint.trackingNumber = number.value();
        complaint.channel = channel.code();
        complaint.receivingTerminal = receivedBy.terminal();
        complaint.classifyAs(category);
        complaint.urgency = Urgency.NORMAL;
        // The filing's own check applies the limit of its entry point; this is the column's.
        complaint.description = Texts.required(description, CHANNEL_DESCRIPTION_MAX_LENGTH, "description");
        complaint.complainant = complainant;
        complaint.registration = Registration.empty();
        complaint.status = RECEIVED;
        complaint.receivedAt = at;
        complaint.receivedDay = LocalDate.ofInstant(at, deadlines.zone());
        complaint.idempotencyKey = idempotencyKey;
        complaint.queryCode = QueryCode.random().value();
        boolean byStaff = receivedBy.role() == RECEPTION || receivedBy.role() == SUPERVISOR;
        complaint.firstContact = FirstContact.receivedBy(byStaff ? receivedBy.id() : null);
        complaint.appeal = AppealRound.first();
        complaint.supervision = Supervision.none();
        complaint.deadlines.set(Stage.ACKNOWLEDGE, deadlines.due(Stage.ACKNOWLEDGE, Urgency.NORMAL, category.code(), at));
        complaint.deadlines.runClock(Stage.ACKNOWLEDGE);
        complaint.record(HistoryAction.FILED, null, receivedBy, at,
                "channel " + channel.code() + ", category " + category.code());
        return complaint;
    }

    /**
     * Records which outside system brought the complaint in and its id there, so that a repeated
     * delivery finds this complaint and results can be reported back. Only as part of the filing.
     *
     * @param source    the channel adapter's id, e.g. {@code hotline-12345}
     * @param reference the counterpart's own id, e.g. a work order number
     */
    public void recordExternalReference(String source, String reference) {
        if (status != RECEIVED || history.size() != 1 || external != null) {
            throw new TransitionRefused("state", "recordExternalReference", status);
        }
        this.external = new ExternalReference(source, reference);
    }

    /**
     * Keeps what the complainant sent later through the channel the complaint came by, as a note
     * of contact with the complainant; any time before the complaint is finished.
     */
    public InvestigationNote receiveFollowUp(String text, Actor actor, Instant at) {
        ComplaintStep.RECEIVE_FOLLOW_UP.require(this, actor);
        InvestigationNote note = new InvestigationNote(this, InvestigationNote.Kind.COMPLAINANT_CONTACT, text, at, actor.id());
        notes.add(note);
        record(HistoryAction.NOTE_ADDED, status, actor, at, "follow-up: " + note.text());
        return note;
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
        ComplaintStep.RECORD_CONTACT_FAILURE.require(this, actor);
        String why = Texts.required(reason, CONTACT_FAILURE_MAX_LENGTH, "reason");
        if (history.stream().anyMatch(h -> h.action() == HistoryAction.CONTACT_FAILED && h.summary().filter(why::equals).isPresent())) {
            return false;
        }
        record(HistoryAction.CONTACT_FAILED, status, actor, at, why);
        return true;
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
        if (status != RECEIVED || history.size() != 1 || !filingDetails.isEmpty()) {
            throw new TransitionRefused("state", "recordFilingDetails", status);
        }
        if (windowNumber != null && !windowNumber.matches("\\d{1," + WINDOW_MAX_LENGTH + "}")) {
            throw new IllegalArgumentException("a window number is 1-" + WINDOW_MAX_LENGTH + " digits");
        }
        this.windowComplainedAbout = windowNumber;
        if (staffOrWindow != null || incidentAt != null) {
            this.registration = new Registration(null, staffOrWindow, null, incidentAt, null, null);
        }
        for (FilingDetail.Given given : details) {
            filingDetails.add(new FilingDetail(this, filingDetails.size() + 1, given));
        }
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
        ComplaintStep.ACCEPT.require(this, actor);
        Objects.requireNonNull(form, "form");
        if (form.staffComplainedAboutId().map(actor.id()::equals).orElse(false)) {
            throw new TransitionRefused("recusal", actor.id());
        }
        this.registration = form;
        if (complainant != null) {
            this.complainant = complainant;
        }
        takeFirstContact(actor, ownerName);
        move(REGISTERED, HistoryAction.ACCEPTED, actor, at, form.serviceStep().orElse(null));
    }

    /** Corrects or completes the registration form before the case goes to a department. */
    public void updateRegistration(Registration form, Complainant complainant, Actor actor, Instant at) {
        ComplaintStep.UPDATE_REGISTRATION.require(this, actor);
        Objects.requireNonNull(form, "form");
        if (form.staffComplainedAboutId().map(actor.id()::equals).orElse(false)) {
            throw new TransitionRefused("recusal", actor.id());
        }
        this.registration = form;
        if (complainant != null) {
            this.complainant = complainant;
        }
        record(HistoryAction.REGISTRATION_UPDATED, status, actor, at, null);
    }

    /** First response: resolved at first contact. It stays numbered and counts in the statistics. */
    public void resolveOnSpot(String whatWasDone, Actor actor, String ownerName, Instant at) {
        ComplaintStep.RESOLVE_ON_SPOT.require(this, actor);
        this.onSpotResolution = Texts.required(whatWasDone, 1000, "whatWasDone");
        takeFirstContact(actor, ownerName);
        deadlines.complete(Stage.ACKNOWLEDGE, at);
        move(RESOLVED_ON_SPOT, HistoryAction.RESOLVED_ON_SPOT, actor, at, onSpotResolution);
        deadlines.runClock(null);
    }

    /** First response: outside the center's remit; the complainant was told where to go instead. */
    public void redirect(Referral to, Actor actor, String ownerName, Instant at) {
        ComplaintStep.REDIRECT.require(this, actor);
        this.referral = Objects.requireNonNull(to, "to");
        takeFirstContact(actor, ownerName);
        deadlines.complete(Stage.ACKNOWLEDGE, at);
        move(REDIRECTED, HistoryAction.REDIRECTED, actor, at, to.agencyName() + ": " + to.explanation());
        deadlines.runClock(null);
    }

    private void takeFirstContact(Actor actor, String name) {
        firstContact = firstContact.takenBy(actor.id(), name);
    }

    // ---------------------------------------------------------------- stage 2: register & classify

    /**
     * Classification and initial assessment: category, business area, urgency, severity, impact.
     * Raising the urgency before the first response shortens its deadline.
     */
    public void triage(CategorySnapshot category, String businessArea, Urgency urgency, Assessment assessment,
                       Actor actor, Instant at, DeadlinePolicy policy) {
        ComplaintStep.TRIAGE.require(this, actor);
        Objects.requireNonNull(category, "category");
        if (urgency == null) {
            throw new TransitionRefused("required", "urgency");
        }
        Objects.requireNonNull(assessment, "assessment");
        String area = Texts.optional(businessArea, 100, "businessArea");
        this.assessment = assessment;
        classifyAs(category);
        this.businessArea = area;
        this.urgency = urgency;
        if (deadlines.done(Stage.ACKNOWLEDGE).isEmpty()) {
            deadlines.bringForward(Stage.ACKNOWLEDGE,
                    policy.due(Stage.ACKNOWLEDGE, urgency, category.code(), appeal.clockStart(receivedAt)));
        }
        move(status == REGISTERED ? TRIAGED : status, HistoryAction.TRIAGED, actor, at,
                category.code() + ", " + urgency + ", " + assessment.summary());
    }

    /** Flags a possible duplicate found by the registration check; a clerk decides later. */
    public DuplicateFlag flagPossibleDuplicate(TrackingNumber other, DuplicateFlag.Reason reason, Instant at) {
        if (!status.isOpen() || other.value().equals(trackingNumber)
                || duplicateFlags.stream().anyMatch(f -> f.otherTrackingNumber().equals(other))) {
            return null;
        }
        DuplicateFlag flag = new DuplicateFlag(this, other, reason, at);
        duplicateFlags.add(flag);
        record(HistoryAction.DUPLICATE_FLAGGED, status, Actor.system("duplicate-check"), at, reason + " " + other.value());
        return flag;
    }

    /** A clerk confirms that a flagged complaint is a duplicate, or dismisses the flag. */
    public void decideDuplicate(long flagId, boolean confirmed, Actor actor, Instant at) {
        ComplaintStep.DECIDE_DUPLICATE.require(this, actor);
        DuplicateFlag flag = duplicateFlags.stream().filter(f -> Objects.equals(f.id(), flagId)).findFirst()
                .orElseThrow(() -> new TransitionRefused("unknownDuplicateFlag", flagId));
        flag.decide(confirmed, at, actor.id());
        record(confirmed ? HistoryAction.DUPLICATE_CONFIRMED : HistoryAction.DUPLICATE_DISMISSED, status, actor, at,
                flag.otherTrackingNumber().value());
    }

    // ---------------------------------------------------------------- stage 3: investigate & verify

    /**
     * Assigns the investigation to a department and a handler with its scope, standards and
     * deadline. Never to the staff member complained about; after an appeal, never to the first
     * handler. The department's sign-for clock starts.
     *
     * @param handleDue the handling deadline set by the supervisor; null for the default deadline
     */
    public void assign(DepartmentRef department, StaffRef handler, String scope, String standards, Instant handleDue,
                       Actor actor, Instant at, DeadlinePolicy policy) {
        ComplaintStep.ASSIGN.require(this, actor);
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(handler, "handler");
        if (isAbout(handler.username())) {
            throw new TransitionRefused("recusal", handler.username());
        }
        if (!department.code().equals(handler.departmentCode())) {
            throw new TransitionRefused("handlerNotInDepartment", handler.username(), department.code());
        }
        if (appeal.excludes(handler.username())) {
            throw new TransitionRefused("sameHandler", handler.username());
        }
        if (handleDue != null && !handleDue.isAfter(at)) {
            throw new TransitionRefused("deadlineInPast", "handleDue");
        }
        this.assignment = new Assignment(department, handler, scope, standards, at, actor.id());
        this.returnReason = null;
        deadlines.complete(Stage.ACKNOWLEDGE, deadlines.done(Stage.ACKNOWLEDGE).orElse(at));
        deadlines.reopen(Stage.SIGN_FOR);
        deadlines.set(Stage.SIGN_FOR, policy.due(Stage.SIGN_FOR, urgency, category.code(), at));
        deadlines.set(Stage.HANDLE, handleDue != null ? handleDue : policy.due(Stage.HANDLE, urgency, category.code(), at));
        move(ASSIGNED, HistoryAction.ASSIGNED, actor, at,
                department.name() + " / " + handler.displayName() + " — " + assignment.scope());
        deadlines.runClock(Stage.SIGN_FOR);
    }

    /** The department signs for the assignment (签收); the first-contact owner's duty ends here. */
    public void signFor(Actor actor, Instant at) {
        ComplaintStep.SIGN_FOR.require(this, actor);
        deadlines.complete(Stage.SIGN_FOR, at);
        firstContact = firstContact.signed();
        appeal = appeal.signedForBy(assignment.handlerId());
        move(INVESTIGATING, HistoryAction.SIGNED_FOR, actor, at, assignment.departmentName());
        deadlines.runClock(Stage.HANDLE);
    }

    /** The department returns the assignment with a reason; it goes back to the supervisor. */
    public void returnAssignment(String reason, Actor actor, Instant at) {
        ComplaintStep.RETURN_ASSIGNMENT.require(this, actor);
        this.returnReason = Texts.required(reason, 1000, "reason");
        deadlines.complete(Stage.SIGN_FOR, at);
        move(RETURNED, HistoryAction.RETURNED, actor, at, returnReason);
        deadlines.runClock(Stage.HANDLE);
    }

    /** Records what the investigation did and found: an interview, records, CCTV, a site visit, a call. */
    public InvestigationNote addNote(InvestigationNote.Kind kind, String text, Actor actor, Instant at) {
        ComplaintStep.ADD_NOTE.require(this, actor);
        InvestigationNote note = new InvestigationNote(this, kind, text, at, actor.id());
        notes.add(note);
        record(HistoryAction.NOTE_ADDED, status, actor, at, kind + ": " + note.text());
        return note;
    }

    /** Keeps a piece of evidence with the case; the file itself is already stored and hashed. */
    public Evidence addEvidence(Evidence.StoredFile file, String description, Actor actor, Instant at) {
        ComplaintStep.ADD_EVIDENCE.require(this, actor);
        Evidence item = new Evidence(this, file, description, at, actor.id());
        evidence.add(item);
        record(HistoryAction.EVIDENCE_ADDED, status, actor, at, file.fileName() + " sha256=" + file.sha256());
        return item;
    }

    /**
     * Keeps a file the complainant sent through the channel the complaint came in by (an e-mail's
     * attachment, say) as evidence, while the case is open; the file is already stored and hashed.
     */
    public Evidence receiveEvidence(Evidence.StoredFile file, String description, Actor actor, Instant at) {
        ComplaintStep.RECEIVE_EVIDENCE.require(this, actor);
        Evidence item = new Evidence(this, file, description, at, actor.id());
        evidence.add(item);
        record(HistoryAction.EVIDENCE_ADDED, status, actor, at, "from complainant: " + file.fileName() + " sha256=" + file.sha256());
        return item;
    }

    /** Determines the facts: substantiated or not, which parts, and the cause. */
    public void recordFinding(Finding determined, Actor actor, Instant at) {
        ComplaintStep.RECORD_FINDING.require(this, actor);
        this.finding = Objects.requireNonNull(determined, "determined").recorded(at, actor.id());
        move(DECIDED, HistoryAction.FINDING_RECORDED, actor, at, finding.summary());
    }

    // ---------------------------------------------------------------- stage 4: handle & feed back

    /**
     * Proposes the handling plan. Plans of urgent, emergency or major complaints wait for a
     * supervisor's approval; the others are carried out at once.
     */
    public void proposePlan(HandlingPlan proposal, Actor actor, Instant at) {
        ComplaintStep.PROPOSE_PLAN.require(this, actor);
        boolean needsApproval = planNeedsApproval();
        this.plan = Objects.requireNonNull(proposal, "proposal").proposed(needsApproval, at, actor.id());
        this.planSentBackReason = null;
        move(needsApproval ? AWAITING_APPROVAL : IMPLEMENTING, HistoryAction.PLAN_PROPOSED, actor, at, plan.summary());
    }

    /** Whether a plan for this complaint needs a supervisor's approval: urgent, emergency or major. */
    public boolean planNeedsApproval() {
        return urgency != Urgency.NORMAL || (assessment != null && assessment.major());
    }

    public void approvePlan(Actor actor, Instant at) {
        ComplaintStep.APPROVE_PLAN.require(this, actor);
        plan.approve(at, actor.id());
        move(IMPLEMENTING, HistoryAction.PLAN_APPROVED, actor, at, null);
    }

    public void sendPlanBack(String reason, Actor actor, Instant at) {
        ComplaintStep.SEND_PLAN_BACK.require(this, actor);
        this.planSentBackReason = Texts.required(reason, 1000, "reason");
        move(DECIDED, HistoryAction.PLAN_SENT_BACK, actor, at, planSentBackReason);
    }

    /** Records a measure carried out: an apology, a corrected operation, business redone, ... */
    public Measure recordMeasure(Measure.Kind kind, String details, Actor actor, Instant at) {
        ComplaintStep.RECORD_MEASURE.require(this, actor);
        Measure measure = new Measure(this, kind, details, at, actor.id());
        measures.add(measure);
        record(HistoryAction.MEASURE_RECORDED, status, actor, at, kind + ": " + measure.details());
        return measure;
    }

    /** Handling is complete once at least one measure is recorded; the feedback clock starts. */
    public void completeHandling(Actor actor, Instant at, DeadlinePolicy policy) {
        ComplaintStep.COMPLETE_HANDLING.require(this, actor);
        if (measures.stream().noneMatch(m -> appeal.includes(m.doneAt()))) {
            throw new TransitionRefused("noMeasures");
        }
        deadlines.complete(Stage.HANDLE, at);
        deadlines.set(Stage.FEEDBACK, policy.due(Stage.FEEDBACK, urgency, category.code(), at));
        move(AWAITING_FEEDBACK, HistoryAction.HANDLING_COMPLETED, actor, at, measures.size() + " measure(s)");
        deadlines.runClock(Stage.FEEDBACK);
    }

    /** Asks for more time for the stage whose clock runs now; the deadline moves only when approved. */
    public Extension requestExtension(Instant requestedDue, String reason, Actor actor, Instant at) {
        ComplaintStep.REQUEST_EXTENSION.require(this, actor);
        Stage stage = deadlines.currentStage().orElseThrow(() -> new TransitionRefused("noDeadline"));
        Instant current = deadlines.due(stage).orElse(null);
        if (requestedDue == null) {
            throw new TransitionRefused("required", "requestedDue");
        }
        if (current != null && !requestedDue.isAfter(current) || !requestedDue.isAfter(at)) {
            throw new TransitionRefused("extensionNotLater");
        }
        if (extensions.stream().anyMatch(e -> e.state() == Extension.State.PENDING)) {
            throw new TransitionRefused("extensionPending");
        }
        Extension extension = new Extension(this, stage, current, requestedDue, reason, at, actor.id());
        extensions.add(extension);
        record(HistoryAction.EXTENSION_REQUESTED, status, actor, at, extension.requestSummary());
        return extension;
    }

    /** A supervisor approves (the deadline moves) or rejects (with a note) an extension request. */
    public void decideExtension(long extensionId, boolean approve, String note, Actor actor, Instant at) {
        ComplaintStep.DECIDE_EXTENSION.require(this, actor);
        Extension extension = extensions.stream().filter(e -> Objects.equals(e.id(), extensionId)).findFirst()
                .orElseThrow(() -> new TransitionRefused("unknownExtension", extensionId));
        extension.decide(approve, note, at, actor.id());
        if (approve) {
            deadlines.set(extension.stage(), extension.requestedDue());
            deadlines.runClock(deadlines.currentStage().orElse(null));
        }
        record(approve ? HistoryAction.EXTENSION_APPROVED : HistoryAction.EXTENSION_REJECTED, status, actor, at,
                extension.decisionSummary());
    }

    /** Tells the complainant the result, records their opinion and satisfaction, and closes the case. */
    public void recordFeedback(Feedback given, Actor actor, Instant at) {
        ComplaintStep.RECORD_FEEDBACK.require(this, actor);
        this.feedback = Objects.requireNonNull(given, "given").at(at, actor.id());
        deadlines.complete(Stage.FEEDBACK, at);
        move(CLOSED, HistoryAction.FEEDBACK_GIVEN, actor, at, feedback.summary());
        deadlines.runClock(null);
    }

    /** Closes without feedback: only when the complainant left no way to reach them. */
    public void skipFeedback(String reason, Actor actor, Instant at) {
        ComplaintStep.SKIP_FEEDBACK.require(this, actor);
        this.feedback = Feedback.skipped(reason).at(at, actor.id());
        deadlines.complete(Stage.FEEDBACK, at);
        move(CLOSED, HistoryAction.FEEDBACK_SKIPPED, actor, at, feedback.content());
        deadlines.runClock(null);
    }

    /** The complainant's own rating (好差评) of a closed complaint, e.g. given at a kiosk. */
    public void rate(Satisfaction rating, Actor actor, Instant at) {
        rate(rating, null, actor, at);
    }

    /**
     * The complainant's own rating with their reasons, e.g. the reasons tapped at a kiosk.
     *
     * @param reasons why, in the complainant's words or as tapped; may be null
     */
    public void rate(Satisfaction rating, String reasons, Actor actor, Instant at) {
        ComplaintStep.RATE.require(this, actor);
        if (rating == null) {
            throw new TransitionRefused("required", "satisfaction");
        }
        String why = Texts.optional(reasons, 500, "reasons");
        this.citizenRating = rating;
        record(HistoryAction.RATED, status, actor, at, why == null ? rating.name() : rating.name() + ": " + why);
    }

    /** Whether the complainant can rate the complaint now: it is finished and not yet archived. */
    public boolean isRateable() {
        return RATEABLE.contains(status);
    }

    /** Whether the complainant can appeal now: closed, and their satisfaction is dissatisfied. */
    public boolean isAppealable() {
        return status == CLOSED && isDissatisfied();
    }

    /**
     * The complainant is dissatisfied and appeals (申诉/复核): the case reopens for re-examination by
     * a handler other than the first one. The earlier rounds stay in the history.
     */
    public void appeal(String reason, Actor actor, Instant at, DeadlinePolicy policy) {
        ComplaintStep.APPEAL.require(this, actor);
        this.appeal = appeal.next(reason, at);
        this.firstContact = firstContact.unsigned();
        this.finding = null;
        this.plan = null;
        this.feedback = null;
        this.citizenRating = null;
        for (Stage stage : Stage.values()) {
            deadlines.reopen(stage);
        }
        deadlines.set(Stage.ACKNOWLEDGE, policy.due(Stage.ACKNOWLEDGE, urgency, category.code(), at));
        move(APPEALED, HistoryAction.APPEALED, actor, at, "round " + appeal.number() + ": " + appeal.reason().orElseThrow());
        deadlines.runClock(Stage.ACKNOWLEDGE);
    }

    /** Whether the complainant's satisfaction (given at feedback or rated later) is dissatisfied. */
    public boolean isDissatisfied() {
        Optional<Satisfaction> satisfaction = citizenRating != null ? Optional.of(citizenRating)
                : Optional.ofNullable(feedback).flatMap(Feedback::satisfaction);
        return satisfaction.map(Satisfaction::isDissatisfied).orElse(false);
    }

    // ---------------------------------------------------------------- stage 5: archive & improve

    /** Archives the case: from now on it can only be read, or reopened by a supervisor with a reason. */
    public void archive(Actor actor, Instant at) {
        ComplaintStep.ARCHIVE.require(this, actor);
        this.archived = new ArchiveMark(status, at);
        move(ARCHIVED, HistoryAction.ARCHIVED, actor, at, null);
    }

    /** A supervisor reopens an archived case, with a reason that stays on record. */
    public void reopen(String reason, Actor actor, Instant at) {
        ComplaintStep.REOPEN.require(this, actor);
        String why = Texts.required(reason, 1000, "reason");
        ComplaintStatus back = archived.from();
        this.archived = null;
        move(back, HistoryAction.REOPENED, actor, at, why);
    }

    // ---------------------------------------------------------------- escalation

    /** Marks the case as supervised (督办): it shows in the escalated queue until it is finished. */
    public void supervise(String reason, Actor actor, Instant at) {
        ComplaintStep.SUPERVISE.require(this, actor);
        this.supervision = Supervision.because(reason);
        record(HistoryAction.SUPERVISED, status, actor, at, supervision.reason().orElseThrow());
    }

    /** Raises the urgency (never lowers it); deadlines not yet started follow the new urgency. */
    public void raiseUrgency(Urgency to, String reason, Actor actor, Instant at, DeadlinePolicy policy) {
        ComplaintStep.RAISE_URGENCY.require(this, actor);
        if (to == null || to.ordinal() <= urgency.ordinal()) {
            throw new TransitionRefused("urgencyNotHigher", urgency);
        }
        String why = Texts.required(reason, 500, "reason");
        Urgency from = urgency;
        this.urgency = to;
        if (deadlines.currentStage().orElse(null) == Stage.ACKNOWLEDGE) {
            deadlines.bringForward(Stage.ACKNOWLEDGE,
                    policy.due(Stage.ACKNOWLEDGE, to, category.code(), appeal.clockStart(receivedAt)));
        }
        record(HistoryAction.URGENCY_RAISED, status, actor, at, from + " → " + to + ": " + why);
    }

    // ---------------------------------------------------------------- rules shared by the transitions

    /**
     * The steps this actor may take now, by state, role, recusal, department and each step's own
     * rule ({@link ComplaintStep#offeredTo}): what a screen offers. Taking a step checks them again.
     */
    public Set<String> allowedSteps(Actor actor) {
        Set<String> steps = new TreeSet<>();
        for (ComplaintStep step : ComplaintStep.values()) {
            if (step.offeredTo(this, actor)) {
                steps.add(step.code());
            }
        }
        return steps;
    }

    /**
     * Whether a staff member's work needs to read this complaint (need-to-know; the README's "Who
     * may read what"): a supervisor every complaint; a handler those assigned to their department
     * and those they handle or handled; a clerk those at the front desk's stages and those they took
     * in or acted on. IT staff (ADMIN) read none. Recusal ({@link #isAbout}) comes on top.
     */
    public boolean isReadableBy(Actor reader) {
        return switch (reader.role()) {
            case SUPERVISOR, SYSTEM -> true;
            case HANDLER -> assignment != null && (assignment.departmentCode().equals(reader.departmentCode())
                    || reader.id().equals(assignment.handlerId())) || actedOnBy(reader.id());
            case RECEPTION -> status.isAtFrontDesk() || firstContact.isOwner(reader.id()) || actedOnBy(reader.id());
            default -> false;
        };
    }

    private boolean actedOnBy(String username) {
        return history.stream().anyMatch(entry -> username.equals(entry.actor().id()));
    }

    /** Whether the complaint is about this staff member, who may then neither act on it nor read it. */
    public boolean isAbout(String username) {
        return username != null && registration != null
                && registration.staffComplainedAboutId().map(username::equals).orElse(false);
    }

    private void classifyAs(CategorySnapshot category) {
        this.category = new Classification(category);
    }

    private void move(ComplaintStatus to, HistoryAction action, Actor actor, Instant at, String summary) {
        ComplaintStatus from = status;
        status = to;
        record(action, from, actor, at, summary);
    }

    private void record(HistoryAction action, ComplaintStatus from, Actor actor, Instant at, String summary) {
        history.add(new HistoryEntry(this, history.size() + 1, action, from, status, actor, at, summary));
    }

    // ---------------------------------------------------------------- statistics

    /** What the statistics count this complaint as now (see {@link ComplaintFigures}). */
    public ComplaintFigures figures() {
        return ComplaintFigures.of(this);
    }

    /**
     * What the statistics' counts hold for this complaint: its figures when it was loaded or last
     * counted; empty for a complaint never stored. A step's store moves the counts from these to
     * {@link #figures()} and then marks them {@link #counted}.
     */
    public Optional<ComplaintFigures> countedAs() {
        return Optional.ofNullable(countedAs);
    }

    /** The counts now hold {@code figures} for this complaint (by the transaction that stores it). */
    public void counted(ComplaintFigures figures) {
        this.countedAs = Objects.requireNonNull(figures);
    }

    @PostLoad
    void loaded() {
        countedAs = figures();
    }

    // ---------------------------------------------------------------- reading

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public TrackingNumber trackingNumber() {
        return new TrackingNumber(trackingNumber);
    }

    public Channel channel() {
        return new Channel(channel);
    }

    /** The number of the service window the complaint is about, when the complainant gave it at filing. */
    public Optional<String> windowComplainedAbout() {
        return Optional.ofNullable(windowComplainedAbout);
    }

    public Optional<String> receivingTerminal() {
        return Optional.ofNullable(receivingTerminal);
    }

    public CategorySnapshot category() {
        return category.snapshot();
    }

    public Optional<String> businessArea() {
        return Optional.ofNullable(businessArea);
    }

    public Urgency urgency() {
        return urgency;
    }

    public String description() {
        return description;
    }

    public Complainant complainant() {
        return complainant;
    }

    public Registration registration() {
        return registration == null ? Registration.empty() : registration;
    }

    public Optional<Assessment> assessment() {
        return Optional.ofNullable(assessment);
    }

    public ComplaintStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public LocalDate receivedDay() {
        return receivedDay;
    }

    /** The words a search may find this complaint by: its description and registration texts. */
    public Set<String> searchTerms() {
        StringBuilder text = new StringBuilder(description);
        registration().serviceStep().ifPresent(s -> text.append(' ').append(s));
        registration().staffComplainedAbout().ifPresent(s -> text.append(' ').append(s));
        registration().expectedOutcome().ifPresent(s -> text.append(' ').append(s));
        return SearchTerms.of(text.toString());
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** The channel adapter that brought the complaint in, if a channel plugin did. */
    public Optional<String> externalSource() {
        return Optional.ofNullable(external).map(ExternalReference::source);
    }

    /** The counterpart's own id of the complaint, if a channel plugin brought it in. */
    public Optional<String> externalReference() {
        return Optional.ofNullable(external).map(ExternalReference::reference);
    }

    /** The receipt's query code; empty for complaints filed before codes were issued. */
    public Optional<QueryCode> queryCode() {
        return Optional.ofNullable(queryCode).map(QueryCode::new);
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

    /**
     * Staff at a window hand the complainant a new query code, after checking who they are (e.g. a
     * lost receipt, or lookups locked after wrong tries); the old code stops working at once. Allowed
     * in every state, an archived complaint included: it changes who can follow the case, not the case.
     *
     * @param reason how the complainant was identified, kept in the history (the code never is)
     * @return the new code, to be handed over once
     */
    public QueryCode reissueQueryCode(String reason, Actor actor, Instant at) {
        ComplaintStep.REISSUE_QUERY_CODE.require(this, actor);
        String why = Texts.required(reason, 500, "reason");
        QueryCode code = QueryCode.random();
        while (code.value().equals(queryCode)) {
            code = QueryCode.random();
        }
        this.queryCode = code.value();
        record(HistoryAction.QUERY_CODE_REISSUED, status, actor, at, why);
        return code;
    }

    /** The staff member who received the case and answers for it until a department signs for it. */
    public Optional<String> firstContactOwner() {
        return firstContact.owner();
    }

    public Optional<String> firstContactName() {
        return firstContact.name();
    }

    /** Whether the first-contact owner is still accountable: no department has signed for the case yet. */
    public boolean firstContactAccountable() {
        return status.isOpen() && firstContact.accountable();
    }

    public Optional<Instant> appealedAt() {
        return appeal.appealedAt();
    }

    public Optional<String> onSpotResolution() {
        return Optional.ofNullable(onSpotResolution);
    }

    public Optional<Referral> referral() {
        return Optional.ofNullable(referral).filter(r -> r.agencyCode() != null);
    }

    public Optional<Assignment> assignment() {
        return Optional.ofNullable(assignment).filter(a -> a.departmentCode() != null);
    }

    public Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
    }

    public Optional<Finding> finding() {
        return Optional.ofNullable(finding).filter(f -> f.outcome() != null);
    }

    public Optional<HandlingPlan> plan() {
        return Optional.ofNullable(plan).filter(p -> p.measures() != null);
    }

    public Optional<String> planSentBackReason() {
        return Optional.ofNullable(planSentBackReason);
    }

    public Optional<Feedback> feedback() {
        return Optional.ofNullable(feedback).filter(f -> f.content() != null);
    }

    public Optional<Satisfaction> citizenRating() {
        return Optional.ofNullable(citizenRating);
    }

    public int appealRound() {
        return appeal.number();
    }

    public Optional<String> appealReason() {
        return appeal.reason();
    }

    public boolean isSupervised() {
        return supervision.isOn();
    }

    public Optional<String> supervisionReason() {
        return supervision.reason();
    }

    public Optional<Instant> archivedAt() {
        return Optional.ofNullable(archived).map(ArchiveMark::at);
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    /** Every step so far, oldest first. */
    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }

    public List<InvestigationNote> notes() {
        return Collections.unmodifiableList(notes);
    }

    public List<Evidence> evidence() {
        return Collections.unmodifiableList(evidence);
    }

    public List<Measure> measures() {
        return Collections.unmodifiableList(measures);
    }

    public List<DuplicateFlag> duplicateFlags() {
        return Collections.unmodifiableList(duplicateFlags);
    }

    public List<Extension> extensions() {
        return Collections.unmodifiableList(extensions);
    }

    /** The common problems tapped and the extra answers given at filing, in the order given. */
    public List<FilingDetail> filingDetails() {
        return Collections.unmodifiableList(filingDetails);
    }
}
