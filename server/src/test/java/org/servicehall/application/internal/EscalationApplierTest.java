package org.servicehall.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.application.EscalationLedger;
import org.servicehall.application.EscalationRequest.Kind;
import org.servicehall.application.EscalationRequest;
import org.servicehall.application.Outbox;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.complaint.Cases;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.Fixtures;
import org.servicehall.domain.model.complaint.HistoryAction;
import org.servicehall.domain.model.complaint.HistoryEntry;
import org.servicehall.domain.model.complaint.DueComplaint;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;
import org.servicehall.infrastructure.config.HallMessageTemplates;

/** The engine's transactional part with in-memory fakes of its ports: what is applied, once, and how it is recorded. */
class EscalationApplierTest {

    private final Map<TrackingNumber, Complaint> stored = new HashMap<>();
    private final List<Outbox.Message> posted = new ArrayList<>();
    private final Set<String> ledger = new HashSet<>();
    private final EscalationApplier applier = new EscalationApplier();
    private Complaint complaint;
    private int stores;

    @BeforeEach
    void wire() {
        complaint = Cases.identify(Cases.assigned(), 41L);
        stored.put(complaint.trackingNumber(), complaint);
        applier.complaints = new InMemoryComplaints();
        applier.outbox = (message, notBefore) -> posted.add(message);
        applier.templates = HallMessageTemplates.shipped();
        applier.ledger = new EscalationLedger() {
            @Override
            public boolean contains(long id, String rule, Kind kind, String code) {
                return ledger.contains(id + "/" + rule + "/" + kind + "/" + code);
            }

            @Override
            public void record(long id, String rule, Kind kind, String code, Instant at) {
                assertTrue(ledger.add(id + "/" + rule + "/" + kind + "/" + code), "recorded twice");
            }
        };
        applier.policy = Fixtures.DEADLINES;
        applier.clock = Clock.fixed(Cases.LATER, ZoneOffset.UTC);
    }

    @Test
    void an_overdue_complaint_is_supervised_by_the_system_with_the_rules_id_and_the_supervisors_are_alerted() {
        int applied = applier.apply(complaint.trackingNumber(), List.of(
                request(Kind.ALERT_SUPERVISOR, "overdue:SIGN_FOR", null),
                request(Kind.SUPERVISE, "overdue:SIGN_FOR", null)));

        assertEquals(2, applied);
        assertTrue(complaint.oversight().supervision().isOn());
        HistoryEntry last = complaint.history().get(complaint.history().size() - 1);
        assertEquals(HistoryAction.SUPERVISED, last.action());
        assertEquals(Actor.Role.SYSTEM, last.actor().role());
        assertEquals("rule:deadlines.overdue", last.actor().terminal());
        assertTrue(last.summary().orElseThrow().contains("[deadlines.overdue]"));
        assertEquals(2, posted.size());
        assertEquals("SUPERVISOR", posted.get(0).recipientId());
        assertEquals("ALERT_SUPERVISOR", posted.get(0).kind());
        assertFalse(posted.get(0).important(), "an alert about an ordinary complaint is not marked");
        assertTrue(posted.get(0).subjectZh().contains(complaint.trackingNumber().value()), posted.get(0).subjectZh());
        assertEquals(Outbox.RecipientKind.STAFF, posted.get(1).recipientKind(), "督办 reaches the handler who has the case");
        assertEquals(complaint.investigation().assignment().orElseThrow().handlerId(), posted.get(1).recipientId());
        assertEquals("SUPERVISE", posted.get(1).kind());
        assertTrue(posted.get(1).important(), "supervision is marked important in the inbox");
        assertEquals(1, stores);
    }

    @Test
    void the_same_rule_asking_the_same_thing_again_escalates_once() {
        List<EscalationRequest> asked = List.of(request(Kind.SUPERVISE, "overdue:HANDLE", null),
                request(Kind.ALERT_SUPERVISOR, "overdue:HANDLE", null));
        applier.apply(complaint.trackingNumber(), asked);
        int historyAfterFirst = complaint.history().size();

        assertEquals(0, applier.apply(complaint.trackingNumber(), asked));
        assertEquals(0, applier.apply(complaint.trackingNumber(), asked));
        assertEquals(historyAfterFirst, complaint.history().size());
        assertEquals(List.of("SUPERVISE", "ALERT_SUPERVISOR"), posted.stream().map(Outbox.Message::kind).toList(),
                "the supervision notice and the alert, once each");
    }

    @Test
    void a_new_occasion_of_the_same_rule_is_a_new_escalation() {
        applier.apply(complaint.trackingNumber(), List.of(request(Kind.ALERT_SUPERVISOR, "overdue:SIGN_FOR", null)));
        applier.apply(complaint.trackingNumber(), List.of(request(Kind.ALERT_SUPERVISOR, "overdue:HANDLE", null)));
        assertEquals(2, posted.size());
    }

    @Test
    void urgency_is_raised_but_never_lowered() {
        applier.apply(complaint.trackingNumber(), List.of(request(Kind.RAISE_URGENCY, "words:life", Urgency.EMERGENCY)));
        assertEquals(Urgency.EMERGENCY, complaint.urgency());
        int history = complaint.history().size();

        applier.apply(complaint.trackingNumber(), List.of(request(Kind.RAISE_URGENCY, "other", Urgency.URGENT)));
        assertEquals(Urgency.EMERGENCY, complaint.urgency());
        assertEquals(history, complaint.history().size());
    }

    @Test
    void a_reminder_goes_to_the_assigned_handler() {
        applier.apply(complaint.trackingNumber(), List.of(request(Kind.REMIND_HANDLER, "due-soon:HANDLE", null)));
        assertEquals(Outbox.RecipientKind.STAFF, posted.get(0).recipientKind());
        assertEquals(complaint.investigation().assignment().orElseThrow().handlerId(), posted.get(0).recipientId());
        assertEquals(0, stores, "a reminder does not change the complaint");
    }

    @Test
    void an_alert_about_an_emergency_is_marked_important() {
        applier.apply(complaint.trackingNumber(), List.of(
                request(Kind.RAISE_URGENCY, "words:life", Urgency.EMERGENCY),
                request(Kind.ALERT_SUPERVISOR, "words:life", null)));
        assertEquals(1, posted.size());
        assertEquals("ALERT_SUPERVISOR", posted.get(0).kind());
        assertTrue(posted.get(0).important());
    }

    @Test
    void a_finished_complaint_is_not_escalated() {
        Complaint archived = Cases.identify(Cases.archived(), 42L);
        stored.put(archived.trackingNumber(), archived);
        assertEquals(0, applier.apply(archived.trackingNumber(), List.of(request(Kind.SUPERVISE, "x", null))));
    }

    private static EscalationRequest request(Kind kind, String code, Urgency to) {
        return new EscalationRequest("org.servicehall.plugins.escalation.deadlines", "deadlines.overdue", kind, code,
                "已超期", "overdue", to);
    }

    private final class InMemoryComplaints implements ComplaintRepository {
        @Override
        public Optional<Complaint> find(TrackingNumber number) {
            return Optional.ofNullable(stored.get(number));
        }

        @Override
        public Optional<Complaint> findForChange(TrackingNumber number) {
            return find(number);
        }

        @Override
        public Optional<Complaint> findByIdempotencyKey(String key) {
            return Optional.empty();
        }

        @Override
        public Optional<Complaint> findByExternalReference(String source, String reference) {
            return Optional.empty();
        }

        @Override
        public void store(Complaint complaint) {
            stores++;
            stored.put(complaint.trackingNumber(), complaint);
        }

        @Override
        public TrackingNumber nextTrackingNumber(LocalDate day) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TrackingNumber> possibleDuplicates(Complaint complaint, Instant since) {
            return List.of();
        }

        @Override
        public List<DueComplaint> deadlineBefore(Instant horizon, DueComplaint after, int max) {
            return List.of();
        }

        @Override
        public List<TrackingNumber> receivedAbout(About about, String value, Instant since, Instant until, int max) {
            return List.of();
        }
    }
}
