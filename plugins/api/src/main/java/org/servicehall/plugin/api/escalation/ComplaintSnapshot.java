package org.servicehall.plugin.api.escalation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint as an escalation rule sees it: a read-only copy made by the host for one call.
 * Personal data stays out: the complainant appears only as a hash of the phone number (equal
 * hashes: the same phone), the staff member complained about only as a user name, the window
 * complained about as its number.
 * Built with {@link #builder(String)}, which plugin authors can also use in their tests.
 */
public final class ComplaintSnapshot {

    private final String trackingNumber;
    private final String status;
    private final Urgency urgency;
    private final String categoryCode;
    private final String channel;
    private final Stage currentStage;
    private final Instant currentDue;
    private final Map<Stage, Instant> due;
    private final Map<Stage, Instant> done;
    private final boolean supervised;
    private final String description;
    private final String complainantPhoneHash;
    private final String staffComplainedAboutId;
    private final String windowComplainedAbout;
    private final String departmentCode;
    private final String handlerId;
    private final Instant receivedAt;
    private final List<HistoryItem> history;

    private ComplaintSnapshot(Builder b) {
        this.trackingNumber = b.trackingNumber;
        this.status = Objects.requireNonNull(b.status, "status");
        this.urgency = Objects.requireNonNull(b.urgency, "urgency");
        this.categoryCode = Objects.requireNonNull(b.categoryCode, "categoryCode");
        this.channel = Objects.requireNonNull(b.channel, "channel");
        this.currentStage = b.currentStage;
        this.currentDue = b.currentDue;
        this.due = Collections.unmodifiableMap(new EnumMap<>(b.due));
        this.done = Collections.unmodifiableMap(new EnumMap<>(b.done));
        this.supervised = b.supervised;
        this.description = b.description == null ? "" : b.description;
        this.complainantPhoneHash = b.complainantPhoneHash;
        this.staffComplainedAboutId = b.staffComplainedAboutId;
        this.windowComplainedAbout = b.windowComplainedAbout;
        this.departmentCode = b.departmentCode;
        this.handlerId = b.handlerId;
        this.receivedAt = Objects.requireNonNull(b.receivedAt, "receivedAt");
        this.history = List.copyOf(b.history);
    }

    public static Builder builder(String trackingNumber) {
        return new Builder(trackingNumber);
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    /** The complaint's state, e.g. {@code RECEIVED}, {@code ASSIGNED}, {@code INVESTIGATING}. */
    public String status() {
        return status;
    }

    public Urgency urgency() {
        return urgency;
    }

    public String categoryCode() {
        return categoryCode;
    }

    /** How it came in, e.g. {@code KIOSK}, {@code WINDOW}, {@code HOTLINE}. */
    public String channel() {
        return channel;
    }

    /** The stage whose clock runs now; empty once the complaint is finished. */
    public Optional<Stage> currentStage() {
        return Optional.ofNullable(currentStage);
    }

    /** The deadline that applies now; empty once the complaint is finished. */
    public Optional<Instant> currentDue() {
        return Optional.ofNullable(currentDue);
    }

    /** The deadline of a stage, once the process has fixed it. */
    public Optional<Instant> due(Stage stage) {
        return Optional.ofNullable(due.get(stage));
    }

    /** When a stage was done, if it was. */
    public Optional<Instant> done(Stage stage) {
        return Optional.ofNullable(done.get(stage));
    }

    /** Whether the complaint is supervised (督办) already. */
    public boolean supervised() {
        return supervised;
    }

    /** The complaint in the complainant's words (never null). */
    public String description() {
        return description;
    }

    /** A hash of the complainant's phone number; empty for anonymous complaints. */
    public Optional<String> complainantPhoneHash() {
        return Optional.ofNullable(complainantPhoneHash);
    }

    /** The user name of the staff member complained about, when known. */
    public Optional<String> staffComplainedAboutId() {
        return Optional.ofNullable(staffComplainedAboutId);
    }

    /**
     * The number of the service window the complaint is about, as the complainant gave it when
     * filing (digits, e.g. {@code 12}), when known.
     *
     * @since 1.1
     */
    public Optional<String> windowComplainedAbout() {
        return Optional.ofNullable(windowComplainedAbout);
    }

    /** The department the case is assigned to. */
    public Optional<String> departmentCode() {
        return Optional.ofNullable(departmentCode);
    }

    /** The handler the case is assigned to. */
    public Optional<String> handlerId() {
        return Optional.ofNullable(handlerId);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** Every step so far, oldest first. */
    public List<HistoryItem> history() {
        return history;
    }

    /** Builds a snapshot; only status, urgency, category, channel and receivedAt are required. */
    public static final class Builder {
        private final String trackingNumber;
        private String status;
        private Urgency urgency = Urgency.NORMAL;
        private String categoryCode;
        private String channel;
        private Stage currentStage;
        private Instant currentDue;
        private final Map<Stage, Instant> due = new EnumMap<>(Stage.class);
        private final Map<Stage, Instant> done = new EnumMap<>(Stage.class);
        private boolean supervised;
        private String description;
        private String complainantPhoneHash;
        private String staffComplainedAboutId;
        private String windowComplainedAbout;
        private String departmentCode;
        private String handlerId;
        private Instant receivedAt;
        private List<HistoryItem> history = List.of();

        private Builder(String trackingNumber) {
            this.trackingNumber = Objects.requireNonNull(trackingNumber, "trackingNumber");
        }

        public Builder status(String status) { this.status = status; return this; }
        public Builder urgency(Urgency urgency) { this.urgency = urgency; return this; }
        public Builder categoryCode(String code) { this.categoryCode = code; return this; }
        public Builder channel(String channel) { this.channel = channel; return this; }
        public Builder current(Stage stage, Instant due) { this.currentStage = stage; this.currentDue = due; return this; }
        public Builder due(Stage stage, Instant at) { if (at != null) { due.put(stage, at); } return this; }
        public Builder done(Stage stage, Instant at) { if (at != null) { done.put(stage, at); } return this; }
        public Builder supervised(boolean supervised) { this.supervised = supervised; return this; }
        public Builder description(String text) { this.description = text; return this; }
        public Builder complainantPhoneHash(String hash) { this.complainantPhoneHash = hash; return this; }
        public Builder staffComplainedAboutId(String id) { this.staffComplainedAboutId = id; return this; }
        /** @since 1.1 */
        public Builder windowComplainedAbout(String window) { this.windowComplainedAbout = window; return this; }
        public Builder assignedTo(String departmentCode, String handlerId) {
            this.departmentCode = departmentCode;
            this.handlerId = handlerId;
            return this;
        }
        public Builder receivedAt(Instant at) { this.receivedAt = at; return this; }
        public Builder history(List<HistoryItem> items) { this.history = items; return this; }

        public ComplaintSnapshot build() {
            return new ComplaintSnapshot(this);
        }
    }
}
