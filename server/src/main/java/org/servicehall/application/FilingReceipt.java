package org.servicehall.application;

import java.time.Instant;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.ComplaintStatus;
import org.servicehall.domain.model.complaint.QueryCode;
import org.servicehall.domain.model.complaint.TrackingNumber;

/**
 * What a complainant is told after filing.
 *
 * @param repeated    true when this submission repeated an earlier one (same idempotency key) and no
 *                    new complaint was filed
 * @param queryCode   the code that, with the number, lets the complainant follow and rate it; null
 *                    for complaints filed before codes were issued
 * @param respondBy   the first-response deadline (acknowledge stage) on the working-day calendar:
 *                    what the center promises at receipt; later deadlines follow from later steps
 */
public record FilingReceipt(TrackingNumber trackingNumber, ComplaintStatus status, CategorySnapshot category,
                            Instant receivedAt, boolean repeated, QueryCode queryCode, Instant respondBy) {

    public FilingReceipt(TrackingNumber trackingNumber, ComplaintStatus status, CategorySnapshot category,
                         Instant receivedAt, boolean repeated) {
        this(trackingNumber, status, category, receivedAt, repeated, null, null);
    }
}
