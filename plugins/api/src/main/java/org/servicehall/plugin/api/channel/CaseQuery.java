package org.servicehall.plugin.api.channel;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which complaints {@link ChannelContext#cases} returns: every condition given must hold; tracking
 * numbers, when given, make the others irrelevant to the caller but are combined the same way.
 * Built with {@link #builder()}.
 */
public final class CaseQuery {

    /** The most complaints one query returns. */
    public static final int MAX_LIMIT = 1000;

    private final Set<String> trackingNumbers;
    private final Set<String> categoryCodes;
    private final Instant receivedFrom;
    private final Instant receivedTo;
    private final Boolean finished;
    private final int limit;

    private CaseQuery(Builder b) {
        this.trackingNumbers = Set.copyOf(b.trackingNumbers);
        this.categoryCodes = Set.copyOf(b.categoryCodes);
        this.receivedFrom = b.receivedFrom;
        this.receivedTo = b.receivedTo;
        this.finished = b.finished;
        this.limit = Math.max(1, Math.min(b.limit, MAX_LIMIT));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Only these complaints; empty: any. */
    public Set<String> trackingNumbers() {
        return trackingNumbers;
    }

    /** Only these categories; empty: any. */
    public Set<String> categoryCodes() {
        return categoryCodes;
    }

    /** Received at or after. */
    public Optional<Instant> receivedFrom() {
        return Optional.ofNullable(receivedFrom);
    }

    /** Received at or before. */
    public Optional<Instant> receivedTo() {
        return Optional.ofNullable(receivedTo);
    }

    /** True: finished ones only; false: open ones only; empty: both. */
    public Optional<Boolean> finished() {
        return Optional.ofNullable(finished);
    }

    public int limit() {
        return limit;
    }

    /** Builds a {@link CaseQuery}. */
    public static final class Builder {
        private Set<String> trackingNumbers = Set.of();
        private Set<String> categoryCodes = Set.of();
        private Instant receivedFrom;
        private Instant receivedTo;
        private Boolean finished;
        private int limit = MAX_LIMIT;

        private Builder() {
        }

        public Builder trackingNumbers(Set<String> numbers) {
            this.trackingNumbers = numbers == null ? Set.of() : numbers;
            return this;
        }

        public Builder categoryCodes(Set<String> codes) {
            this.categoryCodes = codes == null ? Set.of() : codes;
            return this;
        }

        public Builder receivedBetween(Instant from, Instant to) {
            this.receivedFrom = from;
            this.receivedTo = to;
            return this;
        }

        /** @param finished true: finished only; false: open only; null: both */
        public Builder finished(Boolean finished) {
            this.finished = finished;
            return this;
        }

        /** At most {@link #MAX_LIMIT}. */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public CaseQuery build() {
            return new CaseQuery(this);
        }
    }
}
