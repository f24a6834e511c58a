package org.servicehall.domain.model.complaint;

import java.util.Optional;

/** Where the wrong query codes per tracking number are kept, shared by every server and channel. */
public interface ProofFailuresRepository {

    Optional<ProofFailures> find(TrackingNumber number);

    /**
     * The record, locked against other changes until the end of the transaction: concurrent wrong
     * codes for one number take turns, so each of them is counted.
     */
    Optional<ProofFailures> findForChange(TrackingNumber number);

    /**
     * Adds the record of a number that had none.
     *
     * @throws RuntimeException (a persistence exception) when another transaction added the record of
     *                          the same number at the same moment; taking the turn again finds it
     */
    void add(ProofFailures failures);

    /** Forgets the number's wrong codes and lock, if there are any. */
    void remove(TrackingNumber number);
}
