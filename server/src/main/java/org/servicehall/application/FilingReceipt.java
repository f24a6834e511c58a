package org.servicehall.application;

import java.time.Instant;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.ComplaintStatus;
import org.servicehall.domain.model.complaint.TrackingNumber;

/**
 * What a complainant is told after filing.
 *
 * @param repeated true when this submission repeated an earlier one (same idempotency key) and no
 *                 new complaint was filed
 */
public record FilingReceipt(TrackingNumber trackingNumber, ComplaintStatus status, CategorySnapshot category,
                            Instant receivedAt, boolean repeated) {
}
