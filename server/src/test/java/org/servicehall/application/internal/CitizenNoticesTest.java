package org.servicehall.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.application.NoticePolicy;
import org.servicehall.application.NotificationConsent;
import org.servicehall.application.NotifyConsents;
import org.servicehall.application.Outbox;
import org.servicehall.domain.model.complaint.Cases;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.ComplaintRepository;
import org.servicehall.domain.model.complaint.ComplaintStored;
import org.servicehall.domain.model.complaint.Satisfaction;
import org.servicehall.infrastructure.config.HallMessageTemplates;

class CitizenNoticesTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private record Posted(Outbox.Message message, Instant notBefore) {
    }

    private final List<Posted> posted = new ArrayList<>();
    private final Map<String, NotifyConsents.Consent> kept = new HashMap<>();
    private final CitizenNotices notices = new CitizenNotices();
    private long alreadyToday;

    @BeforeEach
    void wire() {
        notices.consents = new NotifyConsents() {
            @Override
            public void give(String number, boolean bySms, String phone, String email, Instant at, int last) {
                kept.put(number, new Consent(number, bySms, phone, email, at, null, last));
            }

            @Override
            public Optional<Consent> of(String number) {
                return Optional.ofNullable(kept.get(number));
            }

            @Override
            public void told(String number, int last) {
                Consent c = kept.get(number);
                kept.put(number, new Consent(number, c.bySms(), c.phone(), c.email(), c.givenAt(), c.withdrawnAt(), last));
            }

            @Override
            public int withdraw(String contact, Instant at) {
                return 0;
            }
        };
        notices.templates = HallMessageTemplates.shipped();
        notices.outbox = (message, notBefore) -> posted.add(new Posted(message, notBefore));
        notices.policy = new NoticePolicy(LocalTime.of(21, 0), LocalTime.of(8, 0), 3, HALL);
        notices.publicUrl = Optional.of("https://hall.example/");
        notices.dailyCount = (number, from, until) -> from.equals(DAY.atStartOfDay(HALL).toInstant()) ? alreadyToday : 0;
        at(10, 0);
    }

    private void at(int hour, int minute) {
        notices.clock = Clock.fixed(DAY.atTime(hour, minute).atZone(HALL).toInstant(), HALL);
    }

    /** A repository that finds one complaint (the only call the notices make). */
    private static ComplaintRepository holding(Complaint complaint) {
        return (ComplaintRepository) Proxy.newProxyInstance(
                CitizenNoticesTest.class.getClassLoader(),
                new Class<?>[] {ComplaintRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Optional.of(complaint);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void without_consent_or_anonymous_nothing_is_kept_or_sent() {
        notices.filed(Cases.received(), NotificationConsent.none(), "123456");
        notices.filed(Cases.builder().anonymous().received(), new NotificationConsent(true, null), "123456");
        assertTrue(posted.isEmpty(), posted.toString());
        assertTrue(kept.isEmpty(), kept.toString());
    }

    @Test
    void with_consent_the_receipt_goes_at_once_in_the_day_with_the_status_link_and_the_code_apart() {
        Complaint complaint = Cases.received();
        notices.filed(complaint, new NotificationConsent(true, null), "123456");
        assertEquals(1, posted.size());
        Outbox.Message receipt = posted.get(0).message();
        assertNull(posted.get(0).notBefore());
        assertEquals("FILED", receipt.kind());
        assertEquals(Outbox.RecipientKind.COMPLAINANT, receipt.recipientKind());
        assertEquals("123456", receipt.secret());
        String number = complaint.trackingNumber().value();
        assertTrue(receipt.bodyZh().contains("https://hall.example/public/track.xhtml?n=" + number), receipt.bodyZh());
        assertEquals("13812345678", kept.get(number).phone());
    }

    @Test
    void in_the_evening_it_waits_for_the_morning_and_over_the_daily_limit_for_the_next_morning() {
        at(22, 30);
        notices.filed(Cases.received(), new NotificationConsent(true, null), "123456");
        assertEquals(DAY.plusDays(1).atTime(8, 0).atZone(HALL).toInstant(), posted.get(0).notBefore());

        at(11, 0);
        alreadyToday = 3;
        notices.filed(Cases.builder().received(), new NotificationConsent(true, null), "654321");
        assertEquals(DAY.plusDays(1).atTime(8, 0).atZone(HALL).toInstant(), posted.get(1).notBefore());
    }

    @Test
    void the_steps_after_the_filing_tell_the_complainant_once_each() {
        Complaint closed = Cases.closed(Satisfaction.SATISFIED);
        String number = closed.trackingNumber().value();
        kept.put(number, new NotifyConsents.Consent(number, true, "13812345678", null, Cases.RECEIVED_AT, null, 1));
        notices.complaints = holding(closed);
        notices.stored(new ComplaintStored(closed.trackingNumber(), 2));
        List<String> kinds = posted.stream().map(p -> p.message().kind()).toList();
        assertTrue(kinds.contains("SIGNED_FOR") && kinds.contains("RESULT") && kinds.contains("RATING_INVITATION"), kinds.toString());
        assertEquals(closed.history().size(), kept.get(number).lastSequence());

        posted.clear();
        notices.stored(new ComplaintStored(closed.trackingNumber(), closed.history().size() + 1));
        assertTrue(posted.isEmpty(), "told once: " + posted);
    }
}
