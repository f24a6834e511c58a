package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import org.servicehall.application.ProofLockedException;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ProofPolicy;

/**
 * The one check of a complainant's query code, for every channel that asks for one (kiosk, public
 * website, the status link, REST): wrong codes are counted per tracking number in the database, and
 * after the policy's number of them the number is locked by the hall clock.
 */
@ApplicationScoped
public class OwnershipProofs {

    private static final int ATTEMPTS = 3;

    @Inject
    ProofCounter counter;

    @Inject
    ProofPolicy policy;

    @Inject
    Clock clock;

    /**
     * Whether {@code typed} proves the complaint is the caller's.
     *
     * @throws ProofLockedException while the number is locked, whatever was typed, and for the wrong
     *                              code that locks it
     */
    boolean admits(Complaint complaint, String typed) {
        boolean right = complaint.reception().admitsCitizen(typed);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                ProofCounter.Verdict verdict = counter.count(complaint.trackingNumber(), right, clock.instant(), policy);
                if (verdict.locked()) {
                    throw new ProofLockedException(complaint.trackingNumber().value(), verdict.lockedUntil());
                }
                return verdict.admitted();
            } catch (PersistenceException | TransactionalException e) {
                // Another server counted this number's first wrong code at the same moment: count again.
                last = e;
            }
        }
        throw last;
    }
}
