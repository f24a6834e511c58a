package org.servicehall.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.servicehall.application.EscalationLedger;
import org.servicehall.application.EscalationRequest;
import org.servicehall.application.MessageTemplates;
import org.servicehall.application.Outbox;
import org.servicehall.domain.model.calendar.DeadlinePolicy;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.ComplaintStatus;
import org.servicehall.domain.model.complaint.HistoryEntry;
import org.servicehall.domain.model.complaint.DueComplaint;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

/** The transactional part of escalation: lock, skip what the ledger knows, apply, record. */
@ApplicationScoped
public class EscalationApplier {

    private static final Logger LOG = Logger.getLogger(EscalationApplier.class.getName());
    private static final int TERMINAL_MAX_LENGTH = 40;

    @Inject
    ComplaintRepository complaints;

    @Inject
    EscalationLedger ledger;

    @Inject
    Outbox outbox;

    @Inject
    MessageTemplates templates;

    @Inject
    DeadlinePolicy policy;

    @Inject
    Clock clock;

    /**
     * The complaint with everything a rule sees loaded, in a transaction of its own that ends before
     * any rule runs: the escalation workers are long-lived managed threads, and a read outside a
     * global transaction would keep its connection (and Derby its locks) in the thread's local
     * transaction while rules take their time, blocking filings.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<Complaint> read(TrackingNumber number) {
        Optional<Complaint> complaint = complaints.find(number);
        complaint.ifPresent(c -> c.history().size());
        return complaint;
    }

    /** Open complaints due before the horizon, in a transaction of its own (see {@link #read}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<DueComplaint> dueBefore(Instant horizon, DueComplaint after, int max) {
        return complaints.deadlineBefore(horizon, after, max);
    }

    @Transactional
    int apply(TrackingNumber number, List<EscalationRequest> asked) {
        Complaint complaint = complaints.findForChange(number).orElse(null);
        if (complaint == null || !ComplaintStatus.open().contains(complaint.status())) {
            return 0;
        }
        Instant now = clock.instant();
        int applied = 0;
        boolean changed = false;
        for (EscalationRequest request : asked) {
            if (ledger.contains(complaint.id(), request.ruleId(), request.kind(), request.code())) {
                continue;
            }
            try {
                changed |= applyOne(complaint, request, now);
            } catch (TransitionRefused e) {
                // The complaint moved on (or the rule asked something the process forbids): recorded, not retried.
                LOG.log(Level.INFO, "Rule {0} of plugin {1}: {2} refused for {3}",
                        new Object[] {request.ruleId(), request.pluginId(), request.kind(), number});
            }
            ledger.record(complaint.id(), request.ruleId(), request.kind(), request.code(), now);
            applied++;
        }
        if (changed) {
            complaints.store(complaint);
        }
        return applied;
    }

    /** @return whether the complaint itself changed */
    private boolean applyOne(Complaint complaint, EscalationRequest request, Instant now) {
        Actor rule = Actor.system(terminalOf(request.ruleId()));
        switch (request.kind()) {
            case RAISE_URGENCY -> {
                if (request.targetUrgency().ordinal() <= complaint.urgency().ordinal()) {
                    return false;
                }
                complaint.oversight().raiseUrgency(request.targetUrgency(), summary(request), rule, now, policy);
                return true;
            }
            case SUPERVISE -> {
                if (complaint.oversight().supervision().isOn()) {
                    return false;
                }
                complaint.oversight().supervise(summary(request), rule, now);
                // 督办 reaches whoever has the case: its handler, or the supervisors while it has none
                outbox.post(toHandlerOrSupervisors(complaint, request));
                return true;
            }
            case ALERT_SUPERVISOR, SUGGEST_REASSIGN -> {
                outbox.post(message(Outbox.RecipientKind.ROLE, "SUPERVISOR", complaint, request));
                return false;
            }
            case REMIND_HANDLER -> {
                outbox.post(toHandlerOrSupervisors(complaint, request));
                return false;
            }
            default -> throw new IllegalStateException("unknown kind " + request.kind());
        }
    }

    /** The history's actor terminal names the rule: {@code rule:<id>}. */
    static String terminalOf(String ruleId) {
        String terminal = "rule:" + ruleId;
        return terminal.length() <= TERMINAL_MAX_LENGTH ? terminal : terminal.substring(0, TERMINAL_MAX_LENGTH);
    }

    /** Both languages and the rule's id, within the history's summary length. */
    static String summary(EscalationRequest request) {
        String text = request.reasonZh() + " / " + request.reasonEn() + " [" + request.ruleId() + "]";
        int max = HistoryEntry.SUMMARY_MAX_LENGTH;
        return text.length() <= max ? text : text.substring(0, max);
    }

    private Outbox.Message toHandlerOrSupervisors(Complaint complaint, EscalationRequest request) {
        String handler = complaint.investigation().assignment().map(a -> a.handlerId()).orElse(null);
        return handler == null
                ? message(Outbox.RecipientKind.ROLE, "SUPERVISOR", complaint, request)
                : message(Outbox.RecipientKind.STAFF, handler, complaint, request);
    }

    /** Supervision (督办) and anything about an emergency are marked important in the inbox. */
    Outbox.Message message(Outbox.RecipientKind kind, String recipient, Complaint complaint, EscalationRequest request) {
        boolean important = request.kind() == EscalationRequest.Kind.SUPERVISE || complaint.urgency() == Urgency.EMERGENCY;
        return templates.compose(request.kind().name(), kind, recipient, complaint.trackingNumber().value(),
                Map.of("reason_zh", request.reasonZh(), "reason_en", request.reasonEn(), "rule", request.ruleId()),
                important, null);
    }
}
