package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.servicehall.application.MessageTemplates;
import org.servicehall.application.Outbox;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.ComplaintStored;
import org.servicehall.domain.model.complaint.HistoryEntry;
import org.servicehall.plugin.api.notify.MessageKinds;

/**
 * Tells staff of the steps that hand them work, in the step's own transaction: a case assigned to
 * a handler, a plan sent back to its handler, an assignment a department returned, and a plan or
 * an extension waiting for a supervisor's approval.
 */
@ApplicationScoped
public class StaffNotices {

    private static final String SUPERVISOR = "SUPERVISOR";

    @Inject
    ComplaintRepository complaints;

    @Inject
    MessageTemplates templates;

    @Inject
    Outbox outbox;

    void stored(@Observes ComplaintStored event) {
        if (event.firstNewSequence() == Integer.MAX_VALUE) {
            return;
        }
        Optional<Complaint> found = complaints.find(event.trackingNumber());
        if (found.isEmpty()) {
            return;
        }
        Complaint complaint = found.get();
        for (HistoryEntry entry : complaint.history()) {
            if (entry.sequence() >= event.firstNewSequence()) {
                tell(complaint, entry);
            }
        }
    }

    private void tell(Complaint complaint, HistoryEntry entry) {
        String handler = complaint.investigation().assignment().map(a -> a.handlerId()).orElse(null);
        Map<String, String> params = new HashMap<>();
        params.put("category_zh", complaint.category().labelZh());
        params.put("category_en", complaint.category().labelEn());
        params.put("actor", entry.actor().id());
        params.put("reason", entry.summary().orElse("-"));
        switch (entry.action()) {
            case ASSIGNED -> {
                if (handler != null) {
                    post(MessageKinds.ASSIGNED, Outbox.RecipientKind.STAFF, handler, complaint, params);
                }
            }
            case PLAN_SENT_BACK -> {
                if (handler != null) {
                    post(MessageKinds.RETURNED, Outbox.RecipientKind.STAFF, handler, complaint, params);
                }
            }
            case RETURNED -> post(MessageKinds.RETURNED, Outbox.RecipientKind.ROLE, SUPERVISOR, complaint, params);
            case PLAN_PROPOSED, EXTENSION_REQUESTED -> {
                params.put("what", entry.action().name());
                post(MessageKinds.APPROVAL_WAITING, Outbox.RecipientKind.ROLE, SUPERVISOR, complaint, params);
            }
            default -> {
            }
        }
    }

    private void post(String kind, Outbox.RecipientKind recipientKind, String recipient, Complaint complaint,
                      Map<String, String> params) {
        boolean important = complaint.urgency() == Urgency.EMERGENCY;
        outbox.post(templates.compose(kind, recipientKind, recipient, complaint.trackingNumber().value(), params,
                important, null));
    }
}
