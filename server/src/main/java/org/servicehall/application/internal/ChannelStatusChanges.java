package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.servicehall.application.ChannelOutbox;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.ComplaintStored;
import org.servicehall.domain.model.complaint.Feedback;
import org.servicehall.domain.model.complaint.Finding;
import org.servicehall.domain.model.complaint.HistoryEntry;
import org.servicehall.domain.model.complaint.Measure;

/**
 * Turns the steps of complaints from channel plugins into changes for their channel outbox, in
 * the transaction of the step itself (a synchronous observer): the step and its report commit
 * together or not at all. Which steps: sign-for, the return of an item outside the center's remit,
 * and the result (after the feedback, or resolved on the spot).
 */
@ApplicationScoped
public class ChannelStatusChanges {

    @Inject
    ComplaintRepository complaints;

    @Inject
    ChannelOutbox outbox;

    void stored(@Observes ComplaintStored event) {
        Optional<Complaint> found = complaints.find(event.trackingNumber());
        if (found.isEmpty() || found.get().reception().external().isEmpty()) {
            return;
        }
        Complaint complaint = found.get();
        String channelId = complaint.reception().external().get().source();
        int last = outbox.lastSequence(channelId, complaint.trackingNumber().value());
        for (HistoryEntry entry : complaint.history()) {
            if (entry.sequence() > last) {
                kind(entry).ifPresent(kind -> outbox.keep(change(complaint, channelId, entry, kind)));
            }
        }
    }

    private static Optional<String> kind(HistoryEntry entry) {
        return switch (entry.action()) {
            case SIGNED_FOR -> Optional.of("SIGNED_FOR");
            case REDIRECTED -> Optional.of("RETURNED");
            case FEEDBACK_GIVEN, FEEDBACK_SKIPPED, RESOLVED_ON_SPOT -> Optional.of("RESULT");
            default -> Optional.empty();
        };
    }

    private static ChannelOutbox.Change change(Complaint c, String channelId, HistoryEntry entry, String kind) {
        String number = c.trackingNumber().value();
        String reason = null;
        String finding = null;
        String findingText = null;
        List<String> measures = List.of();
        String feedback = null;
        if (kind.equals("RETURNED")) {
            reason = c.reception().referral().map(r -> r.explanation() + " — " + r.agencyName()
                    + (r.contact() == null ? "" : " " + r.contact())).orElse(entry.summary().orElse(null));
        } else if (kind.equals("RESULT")) {
            if (c.investigation().finding().isPresent()) {
                Finding f = c.investigation().finding().get();
                finding = f.outcome().name();
                findingText = f.substantiatedParts().map(p -> p + "; ").orElse("") + f.basis();
            } else if (c.reception().onSpotResolution().isPresent()) {
                finding = "RESOLVED_ON_SPOT";
                findingText = c.reception().onSpotResolution().get();
            }
            measures = c.handling().measures().stream().map(Measure::details).toList();
            feedback = c.handling().feedback().map(ChannelStatusChanges::feedback).orElse(null);
        }
        return new ChannelOutbox.Change(channelId, number + "-" + entry.sequence(), kind, number,
                c.reception().external().orElseThrow().reference(), entry.sequence(), entry.occurredAt(), entry.toStatus().name(),
                reason, finding, findingText, measures, feedback);
    }

    private static String feedback(Feedback f) {
        return f.content() + f.opinion().map(o -> " / " + o).orElse("");
    }
}
