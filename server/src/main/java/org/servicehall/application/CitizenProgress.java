package org.servicehall.application;

import java.util.Optional;
import org.servicehall.domain.model.complaint.TrackingNumber;

/** A complainant follows their own complaint, proving it is theirs with the receipt's query code. */
public interface CitizenProgress {

    /**
     * The complaint's progress for its complainant. A wrong code is counted against the number, for
     * every channel alike.
     *
     * @param queryCode the receipt's query code (or one staff reissued)
     * @return empty when no complaint has the number or the code does not fit; the two are not told
     *         apart
     * @throws ProofLockedException when too many wrong codes were typed for the number (this one may
     *                              be the last of them): even the right code is refused for a while
     */
    Optional<CitizenStatus> find(TrackingNumber number, String queryCode);
}
