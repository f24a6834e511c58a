package org.servicehall.domain.model.complaint;

import static org.servicehall.domain.model.complaint.ComplaintStatus.RECEIVED;
import static org.servicehall.domain.shared.Actor.Role.HANDLER;
import static org.servicehall.domain.shared.Actor.Role.RECEPTION;
import static org.servicehall.domain.shared.Actor.Role.SUPERVISOR;
import static org.servicehall.domain.shared.Actor.Role.SYSTEM;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Stage;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.Actor;

/**
 * A complaint from the moment it is received until it is archived: the case file of the five
 * stages of the process. State changes only through named transitions, grouped by stage in the
 * facets a complaint hands out ({@link #reception()}, {@link #triage()}, {@link #investigation()},
 * {@link #handling()}, {@link #aftercare()}, {@link #oversight()}), each of which also reads what
 * its stage recorded; each transition checks the state, the actor's role and the rules of its step
 * ({@link ComplaintStep}), and appends a {@link HistoryEntry}. Rules: the first-contact owner
 * stays named until a department signs for the case; the staff member complained about never acts
 * on the case; plans of urgent, emergency or major complaints need a supervisor's approval; an
 * appeal goes to a handler other than the first one; an archived case is frozen until a
 * supervisor reopens it with a reason. The columns of its row are mapped in {@link CaseFile}.
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
public class Complaint extends CaseFile {

    /** The longest description the hall's own forms (kiosk, website, window, REST) take. */
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    /**
     * The longest description an outside system brings through a channel: Open311 allows 4000
     * characters of the requester's words, to which the channel adds location and media lines, and
     * such a text is kept whole rather than refused or cut.
     */
    public static final int CHANNEL_DESCRIPTION_MAX_LENGTH = 6000;
    public static final int TERMINAL_MAX_LENGTH = 40;
    public static final int WINDOW_MAX_LENGTH = 8;
    public static final int IDEMPOTENCY_KEY_MAX_LENGTH = 64;

    // The case's items are mapped here, not in CaseFile: JPA keeps a mapped superclass's
    // relationships one-way, and these are the inverse sides of the items' own complaint.

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<HistoryEntry> history = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt")
    List<InvestigationNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("addedAt")
    List<Evidence> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("doneAt")
    List<Measure> measures = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("flaggedAt")
    List<DuplicateFlag> duplicateFlags = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("requestedAt")
    List<Extension> extensions = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    List<FilingDetail> filingDetails = new ArrayList<>();

    /** See {@link #countedAs()}: not a column, set when loaded and when stored. */
    @Transient
    private ComplaintFigures countedAs;

    /** See {@link #searchTextChanged()}: not a column, set when loaded and when stored. */
    @Transient
    private String indexedText;

    protected Complaint() {
        // for JPA
    }

    // ---------------------------------------------------------------- receiving

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

    // ---------------------------------------------------------------- the stages' steps

    /** Stage 1: what the filing brings, the complainant's later messages and the first response. */
    public ReceptionSteps reception() {
        return new ReceptionSteps(this);
    }

    /** Stage 2: classification, assessment and the duplicates the registration check flags. */
    public TriageSteps triage() {
        return new TriageSteps(this);
    }

    /** Stage 3: assignment, sign-for, the investigation record and the finding. */
    public InvestigationSteps investigation() {
        return new InvestigationSteps(this);
    }

    /** Stage 4: the handling plan, its measures and the feedback that closes the case. */
    public HandlingSteps handling() {
        return new HandlingSteps(this);
    }

    /** Stage 5: the complainant's rating and appeal, the archive and reopening it. */
    public AftercareSteps aftercare() {
        return new AftercareSteps(this);
    }

    /** In any open stage: supervision, a raised urgency, and extensions of a deadline. */
    public OversightSteps oversight() {
        return new OversightSteps(this);
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

    void move(ComplaintStatus to, HistoryAction action, Actor actor, Instant at, String summary) {
        ComplaintStatus from = status;
        setStatus(to);
        record(action, from, actor, at, summary);
    }

    void record(HistoryAction action, ComplaintStatus from, Actor actor, Instant at, String summary) {
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

    /**
     * Whether the texts a search finds this complaint by differ from those the search index holds:
     * true for a complaint never stored, false after {@link #indexed} until a step changes them.
     */
    public boolean searchTextChanged() {
        return !searchText().equals(indexedText);
    }

    /** The search index now holds this complaint's texts as they are (by the transaction that stores it). */
    public void indexed() {
        indexedText = searchText();
    }

    @PostLoad
    void loaded() {
        countedAs = figures();
        indexedText = searchText();
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

    public CategorySnapshot category() {
        return category.snapshot();
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
        return SearchTerms.of(searchText());
    }

    private String searchText() {
        StringBuilder text = new StringBuilder(description);
        registration().serviceStep().ifPresent(s -> text.append(' ').append(s));
        registration().staffComplainedAbout().ifPresent(s -> text.append(' ').append(s));
        registration().expectedOutcome().ifPresent(s -> text.append(' ').append(s));
        return text.toString();
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    /** Every step so far, oldest first. */
    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }
}
