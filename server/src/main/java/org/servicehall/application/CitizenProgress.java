package org.servicehall.application;

import java.util.Optional;
import org.servicehall.domain.model.complaint.TrackingNumber;

/** A complainant follows their own complaint, proving it is theirs, e.g. at a kiosk. */
public interface CitizenProgress {

    /**
     * The complaint's progress for its complainant.
     *
     * @param proof the receipt's query code, or the last four digits of the complainant's phone
     * @return empty when no complaint has the number or the proof does not fit; the two are not told
     *         apart, so that nobody learns which numbers exist
     */
    Optional<CitizenStatus> find(TrackingNumber number, String proof);
}
