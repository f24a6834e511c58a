package org.servicehall.domain.model.complaint;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicehall.domain.shared.Actor;

/**
 * A complaint from the moment it is received until it is archived. State changes only through the
 * named transitions below; each checks its preconditions and appends a {@link HistoryEntry}.
 */
@Entity
@Table(name = "COMPLAINT")
@NamedQuery(name = "Complaint.findByTrackingNumber",
        query = "SELECT c FROM Complaint c WHERE c.trackingNumber = :trackingNumber")
@NamedQuery(name = "Complaint.findByIdempotencyKey",
        query = "SELECT c FROM Complaint c WHERE c.idempotencyKey = :key")
public class Complaint {

    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    public static final int TERMINAL_MAX_LENGTH = 40;
    public static final int IDEMPOTENCY_KEY_MAX_LENGTH = 64;

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

    @Column(name = "CATEGORY_CODE", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "CATEGORY_LABEL_ZH", nullable = false, length = 60)
    private String categoryLabelZh;

    @Column(name = "CATEGORY_LABEL_EN", nullable = false, length = 60)
    private String categoryLabelEn;

    @Column(name = "DESCRIPTION", nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @Embedded
    private Complainant complainant;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 30)
    private ComplaintStatus status;

    @Column(name = "RECEIVED_AT", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "IDEMPOTENCY_KEY", updatable = false, length = IDEMPOTENCY_KEY_MAX_LENGTH)
    private String idempotencyKey;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<HistoryEntry> history = new ArrayList<>();

    protected Complaint() {
        // for JPA
    }

    /**
     * Receives a complaint from a channel: it is numbered and enters the process as
     * {@link ComplaintStatus#RECEIVED}, with the filing as its first history entry.
     *
     * @param idempotencyKey the filing's key when the channel supplies one, so that a repeated
     *                       submission finds this complaint instead of filing a second; may be null
     */
    public static Complaint receive(TrackingNumber number, Channel channel, CategorySnapshot category,
                                    String description, Complainant complainant, Actor receivedBy,
                                    Instant at, String idempotencyKey) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(at, "at");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a complaint needs a description");
        }
        String text = description.strip();
        if (text.length() > DESCRIPTION_MAX_LENGTH) {
            throw new IllegalArgumentException("description longer than " + DESCRIPTION_MAX_LENGTH);
        }
        if (idempotencyKey != null && idempotencyKey.length() > IDEMPOTENCY_KEY_MAX_LENGTH) {
            throw new IllegalArgumentException("idempotency key longer than " + IDEMPOTENCY_KEY_MAX_LENGTH);
        }
        Complaint complaint = new Complaint();
        complaint.trackingNumber = number.value();
        complaint.channel = channel.code();
        complaint.receivingTerminal = receivedBy.terminal();
        complaint.categoryCode = category.code();
        complaint.categoryLabelZh = category.labelZh();
        complaint.categoryLabelEn = category.labelEn();
        complaint.description = text;
        complaint.complainant = complainant;
        complaint.status = ComplaintStatus.RECEIVED;
        complaint.receivedAt = at;
        complaint.idempotencyKey = idempotencyKey;
        complaint.record(HistoryAction.FILED, null, receivedBy, at,
                "channel " + channel.code() + ", category " + category.code());
        return complaint;
    }

    private void record(HistoryAction action, ComplaintStatus from, Actor actor, Instant at, String summary) {
        history.add(new HistoryEntry(this, history.size() + 1, action, from, status, actor, at, summary));
    }

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

    public Optional<String> receivingTerminal() {
        return Optional.ofNullable(receivingTerminal);
    }

    public CategorySnapshot category() {
        return new CategorySnapshot(categoryCode, categoryLabelZh, categoryLabelEn);
    }

    public String description() {
        return description;
    }

    public Complainant complainant() {
        return complainant;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** Every step so far, oldest first. */
    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }
}
