package org.servicehall.application;

import java.time.Instant;
import java.util.List;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.ComplaintStatus;
import org.servicehall.domain.model.complaint.HistoryAction;
import org.servicehall.domain.model.complaint.TrackingNumber;

/**
 * What anyone holding a tracking number may see of a complaint: its progress, never the
 * complainant's personal data, the description or internal notes.
 */
public record PublicStatus(TrackingNumber trackingNumber, ComplaintStatus status, String channel,
                           CategorySnapshot category, Instant receivedAt, List<Step> steps) {

    public PublicStatus {
        steps = List.copyOf(steps);
    }

    /** One visible step of the timeline. */
    public record Step(HistoryAction action, ComplaintStatus status, Instant at) {
    }
}
