package org.servicehall.application;

import org.servicehall.domain.model.complaint.TrackingNumber;

/**
 * A complainant rates their finished complaint (好差评) and, when dissatisfied, appeals it, at a
 * kiosk, with the tracking number and the receipt's query code.
 */
public interface CitizenRating {

    /**
     * Records the complainant's rating.
     *
     * @param satisfaction one of VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED
     * @param reasons      what they tapped or said about it; may be null
     * @param terminal     the kiosk's terminal id
     * @throws CaseNotFoundException  for an unknown number or a wrong query code (not told apart)
     * @throws InvalidInputException  for an unknown satisfaction
     * @throws org.servicehall.domain.shared.TransitionRefused when the complaint cannot be rated now
     */
    CitizenStatus rate(TrackingNumber number, String queryCode, String satisfaction, String reasons, String terminal);

    /**
     * Appeals a closed complaint the complainant rated as dissatisfying (申诉/复核): it reopens for
     * re-examination by another handler.
     *
     * @throws CaseNotFoundException for an unknown number or a wrong query code
     * @throws org.servicehall.domain.shared.TransitionRefused when the complaint cannot be appealed now
     */
    CitizenStatus appeal(TrackingNumber number, String queryCode, String reason, String terminal);
}
