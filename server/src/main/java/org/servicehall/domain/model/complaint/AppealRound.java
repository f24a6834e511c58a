package org.servicehall.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * The round of examination a complaint is in: 0 until the complainant first appeals (申诉/复核),
 * then the number of appeals, the last appeal's reason and time, and the handler of the first
 * round, whom an appeal never goes to.
 */
@Embeddable
public class AppealRound {

    @Column(name = "APPEAL_ROUND", nullable = false)
    private int round;

    @Column(name = "APPEAL_REASON", length = 1000)
    private String reason;

    @Column(name = "APPEALED_AT")
    private Instant appealedAt;

    @Column(name = "FIRST_HANDLER_ID", length = 64)
    private String firstHandlerId;

    protected AppealRound() {
        // for JPA; and the first round
    }

    private AppealRound(int round, String reason, Instant appealedAt, String firstHandlerId) {
        this.round = round;
        this.reason = reason;
        this.appealedAt = appealedAt;
        this.firstHandlerId = firstHandlerId;
    }

    static AppealRound first() {
        return new AppealRound();
    }

    /** The complainant appeals: the next round starts. */
    AppealRound next(String why, Instant at) {
        return new AppealRound(round + 1, Texts.required(why, 1000, "reason"), at, firstHandlerId);
    }

    /**
     * A handler's department signed for the case: in the first round, they are its handler, whoever
     * was assigned before a return.
     */
    AppealRound signedForBy(String handlerId) {
        return round == 0 ? new AppealRound(round, reason, appealedAt, handlerId) : this;
    }

    /** Whether this handler may not take the case: they handled the first round of an appealed case. */
    boolean excludes(String handlerId) {
        return round > 0 && handlerId.equals(firstHandlerId);
    }

    /** Whether something done at {@code at} belongs to this round. */
    boolean includes(Instant at) {
        return appealedAt == null || at.isAfter(appealedAt);
    }

    /** When the first-response clock of this round started: at receipt, or at the appeal. */
    Instant clockStart(Instant receivedAt) {
        return appealedAt != null ? appealedAt : receivedAt;
    }

    public int number() {
        return round;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Instant> appealedAt() {
        return Optional.ofNullable(appealedAt);
    }
}
