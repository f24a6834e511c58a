package org.servicehall.plugin.api.channel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A step of a complaint that came in through a channel, to be reported back to the counterpart.
 * Made by the host from the complaint's history when the step is committed; the same step always
 * has the same {@link #changeId()}, so the counterpart can discard a repeated delivery.
 */
public final class StatusChange {

    /** The steps a channel can report back. */
    public enum Kind {
        /** The responsible department signed for the complaint (签收). */
        SIGNED_FOR,
        /** The center gave the complaint back as outside its remit, with the reason and the right agency (退回). */
        RETURNED,
        /** The final result (办理结果): the finding, the measures taken, the feedback given. */
        RESULT
    }

    private final String changeId;
    private final Kind kind;
    private final String trackingNumber;
    private final String externalId;
    private final Instant occurredAt;
    private final String status;
    private final String reason;
    private final String finding;
    private final String findingText;
    private final List<String> measures;
    private final String feedback;

    private StatusChange(Builder b) {
        this.changeId = Objects.requireNonNull(b.changeId, "changeId");
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.trackingNumber = Objects.requireNonNull(b.trackingNumber, "trackingNumber");
        this.externalId = Objects.requireNonNull(b.externalId, "externalId");
        this.occurredAt = Objects.requireNonNull(b.occurredAt, "occurredAt");
        this.status = Objects.requireNonNull(b.status, "status");
        this.reason = b.reason;
        this.finding = b.finding;
        this.findingText = b.findingText;
        this.measures = List.copyOf(b.measures);
        this.feedback = b.feedback;
    }

    /**
     * @param changeId a stable id of this step, unique per channel
     * @param kind     what happened
     */
    public static Builder builder(String changeId, Kind kind) {
        return new Builder(changeId, kind);
    }

    public String changeId() {
        return changeId;
    }

    public Kind kind() {
        return kind;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    /** The counterpart's own id of the item, as given at registration. */
    public String externalId() {
        return externalId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The complaint's state after the step, e.g. {@code INVESTIGATING}, {@code CLOSED}. */
    public String status() {
        return status;
    }

    /** {@link Kind#RETURNED}: why, and where the complainant should turn. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * {@link Kind#RESULT}: the finding's outcome ({@code SUBSTANTIATED}, {@code PARTLY_SUBSTANTIATED},
     * {@code NOT_SUBSTANTIATED}), or {@code RESOLVED_ON_SPOT}.
     */
    public Optional<String> finding() {
        return Optional.ofNullable(finding);
    }

    /** {@link Kind#RESULT}: the facts found and their basis, in words. */
    public Optional<String> findingText() {
        return Optional.ofNullable(findingText);
    }

    /** {@link Kind#RESULT}: the measures taken, in the order taken. */
    public List<String> measures() {
        return measures;
    }

    /** {@link Kind#RESULT}: what the complainant was told, and their opinion. */
    public Optional<String> feedback() {
        return Optional.ofNullable(feedback);
    }

    /** Builds a {@link StatusChange}; plugin authors may use it in their tests. */
    public static final class Builder {
        private final String changeId;
        private final Kind kind;
        private String trackingNumber;
        private String externalId;
        private Instant occurredAt;
        private String status;
        private String reason;
        private String finding;
        private String findingText;
        private List<String> measures = List.of();
        private String feedback;

        private Builder(String changeId, Kind kind) {
            this.changeId = changeId;
            this.kind = kind;
        }

        public Builder complaint(String trackingNumber, String externalId) {
            this.trackingNumber = trackingNumber;
            this.externalId = externalId;
            return this;
        }

        public Builder occurredAt(Instant at) {
            this.occurredAt = at;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder finding(String outcome, String text) {
            this.finding = outcome;
            this.findingText = text;
            return this;
        }

        public Builder measures(List<String> measures) {
            this.measures = measures == null ? List.of() : measures;
            return this;
        }

        public Builder feedback(String feedback) {
            this.feedback = feedback;
            return this;
        }

        public StatusChange build() {
            return new StatusChange(this);
        }
    }
}
