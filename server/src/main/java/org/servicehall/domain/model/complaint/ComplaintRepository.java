package org.servicehall.domain.model.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where complaints are kept. */
public interface ComplaintRepository {

    Optional<Complaint> find(TrackingNumber number);

    /**
     * The complaint, locked against other changes until the end of the transaction: concurrent
     * changes of one complaint take turns, so the second sees the first's result (and its version).
     */
    Optional<Complaint> findForChange(TrackingNumber number);

    /** The complaint filed with this idempotency key, if any. */
    Optional<Complaint> findByIdempotencyKey(String key);

    /** The complaint a channel adapter brought in under the counterpart's id, if any. */
    Optional<Complaint> findByExternalReference(String source, String reference);

    void store(Complaint complaint);

    /**
     * The next unused tracking number for a day. Safe when several servers share one database:
     * no number is ever handed out twice. Not gapless: a number may be skipped when a filing fails
     * or a server restarts, and with several servers numbers follow the filing order per server.
     */
    TrackingNumber nextTrackingNumber(LocalDate day);

    /**
     * Other complaints received since the given moment from the same phone number, or about the
     * same staff member in the same category: candidates for a duplicate flag (at most 10).
     */
    List<TrackingNumber> possibleDuplicates(Complaint complaint, Instant since);

    /**
     * Open complaints whose current deadline lies before the horizon, the earliest first (at most
     * {@code max}), after the given place in that order ({@code null}: from the start): what the
     * escalation schedule walks through.
     */
    List<DueComplaint> deadlineBefore(Instant horizon, DueComplaint after, int max);

    /** What complaints can have in common, for {@link #receivedAbout}. */
    enum About {
        /** The complainant's phone number. */
        COMPLAINANT_PHONE,
        /** The staff member complained about, by user name. */
        STAFF_MEMBER,
        /** The service window complained about, by number. */
        WINDOW
    }

    /**
     * Complaints received between {@code since} and {@code until} (both inclusive) about the same
     * complainant, staff member or window, newest first, at most {@code max}, whatever their state.
     */
    List<TrackingNumber> receivedAbout(About about, String value, Instant since, Instant until, int max);
}
