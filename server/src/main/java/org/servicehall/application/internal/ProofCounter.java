package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.domain.model.complaint.ProofFailures;
import org.servicehall.domain.model.complaint.ProofFailuresRepository;
import org.servicehall.domain.model.complaint.ProofPolicy;
import org.servicehall.domain.model.complaint.TrackingNumber;

/**
 * Counts one typed query code in a transaction of its own: a wrong code stays counted whatever
 * becomes of the caller's transaction (a refused rating rolls back), and the number's row is
 * locked while it is counted, so that wrong codes typed at the same moment are each counted.
 */
@ApplicationScoped
public class ProofCounter {

    private static final Logger LOG = Logger.getLogger(ProofCounter.class.getName());

    /** What the count says: admitted, refused, or locked until a moment. */
    record Verdict(boolean admitted, Instant lockedUntil) {

        static final Verdict ADMITTED = new Verdict(true, null);
        static final Verdict REFUSED = new Verdict(false, null);

        boolean locked() {
            return lockedUntil != null;
        }
    }

    @Inject
    ProofFailuresRepository failures;

    /**
     * @param right whether the typed code is the complaint's
     * @throws RuntimeException a persistence exception when another server added the number's first
     *                          wrong code at the same moment; counting again finds its row
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Verdict count(TrackingNumber number, boolean right, Instant now, ProofPolicy policy) {
        return right ? right(number, now) : wrong(number, now, policy);
    }

    private Verdict right(TrackingNumber number, Instant now) {
        Optional<ProofFailures> known = failures.find(number);
        if (known.isEmpty() || known.get().isClean()) {
            return Verdict.ADMITTED;
        }
        if (known.get().isLocked(now)) {
            return new Verdict(false, known.get().lockedUntil(now).orElseThrow());
        }
        Optional<ProofFailures> row = failures.findForChange(number);
        if (row.isEmpty() || row.get().pass(now)) {
            return Verdict.ADMITTED;
        }
        return new Verdict(false, row.get().lockedUntil(now).orElseThrow());
    }

    private Verdict wrong(TrackingNumber number, Instant now, ProofPolicy policy) {
        ProofFailures row = failures.findForChange(number).orElse(null);
        if (row == null) {
            row = ProofFailures.none(number);
            failures.add(row);
        }
        boolean wasLocked = row.isLocked(now);
        if (!row.fail(now, policy)) {
            return Verdict.REFUSED;
        }
        Instant until = row.lockedUntil(now).orElseThrow();
        if (!wasLocked) {
            LOG.log(Level.WARNING, "Lookups of {0} locked until {1} after {2} wrong query codes in a row",
                    new Object[] {number.value(), until, row.failures()});
        }
        return new Verdict(false, until);
    }
}
