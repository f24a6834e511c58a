package org.servicehall.application;

import java.time.Instant;
import java.util.List;
import org.servicehall.domain.model.complaint.CategorySnapshot;
import org.servicehall.domain.model.complaint.Complaint;
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

    /** The public view of a complaint; nothing personal, no description, no notes. */
    public static PublicStatus of(Complaint complaint) {
        return new PublicStatus(complaint.trackingNumber(), complaint.status(), complaint.channel().code(),
                complaint.category(), complaint.receivedAt(),
                complaint.history().stream()
                        .filter(entry -> entry.action().isPublic())
                        .map(entry -> new Step(entry.action(), entry.toStatus(), entry.occurredAt()))
                        .toList());
    }

    /** One visible step of the timeline. */
    public record Step(HistoryAction action, ComplaintStatus status, Instant at) {
    }
}
