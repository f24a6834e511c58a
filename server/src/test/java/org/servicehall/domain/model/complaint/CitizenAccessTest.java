package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.TransitionRefused;

/** What a citizen may do with their own complaint at a kiosk: follow it, rate it, appeal it. */
class CitizenAccessTest {

    private static final CategorySnapshot ATTITUDE = new CategorySnapshot("SERVICE_ATTITUDE", "服务态度", "Service attitude");
    private static final Instant AT = Instant.parse("2026-11-27T02:00:00Z");
    private static final Actor KIOSK = Actor.citizen("HALL1-K01");
    private static final Actor CLERK = Actor.staff("wang.fang", Actor.Role.RECEPTION, "W01", "RECEPTION");
    private static final Actor SUPERVISOR = Actor.staff("zhao.min", Actor.Role.SUPERVISOR, "S01", "COMPLAINTS");
    private static final Actor HANDLER = Actor.staff("sun.li", Actor.Role.HANDLER, "D01", "REAL_ESTATE");

    private static Complaint filed(Complainant complainant) {
        return Complaint.receive(TrackingNumber.of(LocalDate.of(2026, 11, 27), 7), Channel.KIOSK, ATTITUDE,
                "态度不好", complainant, KIOSK, AT, null, Fixtures.DEADLINES);
    }

    private static Complaint closed(Satisfaction satisfaction) {
        Complaint complaint = filed(Complainant.reachableAt(new PhoneNumber("13800138000"), null));
        Instant t = AT;
        complaint.reception().accept(Registration.empty(), null, CLERK, "王芳", t = t.plus(Duration.ofMinutes(5)));
        complaint.triage().triage(ATTITUDE, null, Urgency.NORMAL,
                new Assessment(Assessment.Severity.LOW, false, false, false, null), SUPERVISOR, t = t.plusSeconds(60),
                Fixtures.DEADLINES);
        complaint.investigation().assign(new DepartmentRef("REAL_ESTATE", "不动产登记窗口", null),
                new StaffRef("sun.li", "孙丽", "REAL_ESTATE"), "核实", "客观", null, SUPERVISOR, t = t.plusSeconds(60),
                Fixtures.DEADLINES);
        complaint.investigation().signFor(HANDLER, t = t.plusSeconds(60));
        complaint.investigation().recordFinding(new Finding(Finding.Outcome.SUBSTANTIATED, "态度生硬", Finding.Cause.STAFF_ERROR, null, "监控"),
                HANDLER, t = t.plusSeconds(60));
        complaint.handling().proposePlan(new HandlingPlan("道歉", "科长", LocalDate.of(2026, 12, 1)), HANDLER, t = t.plusSeconds(60));
        complaint.handling().recordMeasure(Measure.Kind.APOLOGY, "电话道歉", HANDLER, t = t.plusSeconds(60));
        complaint.handling().completeHandling(HANDLER, t = t.plusSeconds(60), Fixtures.DEADLINES);
        complaint.handling().recordFeedback(Feedback.given(Feedback.Method.PHONE, "告知结果", null, satisfaction, true), HANDLER,
                t.plusSeconds(60));
        return complaint;
    }

    @Test
    void every_complaint_gets_a_six_digit_query_code_at_receipt() {
        Complaint complaint = filed(Complainant.anonymous());
        String code = complaint.reception().queryCode().orElseThrow().value();
        assertTrue(code.matches("\\d{6}"), code);
    }

    @Test
    void query_codes_differ_and_never_show_in_logs() {
        SplittableRandom random = new SplittableRandom(7);
        assertNotEquals(QueryCode.random(random), QueryCode.random(random));
        assertEquals("******", QueryCode.random().toString());
        assertThrows(IllegalArgumentException.class, () -> new QueryCode("12345"));
        assertThrows(IllegalArgumentException.class, () -> new QueryCode("12345a"));
    }

    @Test
    void the_query_code_admits_the_citizen_and_a_wrong_code_does_not() {
        Complaint complaint = filed(Complainant.anonymous());
        String code = complaint.reception().queryCode().orElseThrow().value();
        assertTrue(complaint.reception().admitsCitizen(code));
        assertTrue(complaint.reception().admitsCitizen(" " + code + " "));
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        assertFalse(complaint.reception().admitsCitizen(wrong));
        assertFalse(complaint.reception().admitsCitizen(null));
        assertFalse(complaint.reception().admitsCitizen(""));
    }

    @Test
    void the_last_four_digits_of_the_phone_prove_nothing() {
        // Staff screens show them (138****8000), and 10 000 tries find them.
        Complaint complaint = filed(Complainant.reachableAt(new PhoneNumber("13800138000"), null));
        assertFalse(complaint.reception().admitsCitizen("8000"));
        assertFalse(complaint.reception().admitsCitizen("138000"));
        assertFalse(filed(Complainant.anonymous()).reception().admitsCitizen("0000"));
    }

    @Test
    void staff_at_a_window_hand_over_a_new_code_and_the_old_one_stops_working() {
        Complaint complaint = filed(Complainant.anonymous());
        String old = complaint.reception().queryCode().orElseThrow().value();

        QueryCode issued = complaint.reception().reissueQueryCode("身份证核对", CLERK, AT.plusSeconds(60));

        assertNotEquals(old, issued.value());
        assertTrue(complaint.reception().admitsCitizen(issued.value()));
        assertFalse(complaint.reception().admitsCitizen(old));
        HistoryEntry entry = complaint.history().get(complaint.history().size() - 1);
        assertEquals(HistoryAction.QUERY_CODE_REISSUED, entry.action());
        assertEquals(Optional.of("身份证核对"), entry.summary());
        assertFalse(entry.summary().orElseThrow().contains(issued.value()), "the history never holds the code");
        assertFalse(HistoryAction.QUERY_CODE_REISSUED.isPublic());
    }

    @Test
    void only_window_staff_and_supervisors_reissue_a_code_and_only_with_a_reason() {
        Complaint complaint = filed(Complainant.anonymous());
        assertThrows(TransitionRefused.class, () -> complaint.reception().reissueQueryCode("核对", HANDLER, AT));
        assertThrows(TransitionRefused.class, () -> complaint.reception().reissueQueryCode("核对", KIOSK, AT));
        assertThrows(TransitionRefused.class, () -> complaint.reception().reissueQueryCode("  ", CLERK, AT));
        assertTrue(complaint.allowedSteps(CLERK).contains("reissueQueryCode"));
        assertTrue(complaint.allowedSteps(SUPERVISOR).contains("reissueQueryCode"));
        assertFalse(complaint.allowedSteps(HANDLER).contains("reissueQueryCode"));
    }

    @Test
    void an_archived_complaint_still_gets_a_new_code() {
        Complaint complaint = closed(Satisfaction.SATISFIED);
        complaint.aftercare().archive(SUPERVISOR, AT.plus(Duration.ofDays(1)));
        assertTrue(complaint.allowedSteps(CLERK).contains("reissueQueryCode"));
        QueryCode issued = complaint.reception().reissueQueryCode("原回执遗失，核对身份证", CLERK, AT.plus(Duration.ofDays(2)));
        assertTrue(complaint.reception().admitsCitizen(issued.value()));
        assertEquals(ComplaintStatus.ARCHIVED, complaint.status());
    }

    @Test
    void what_the_citizen_tapped_at_filing_is_kept_with_the_registration() {
        Complaint complaint = filed(Complainant.anonymous());
        Instant yesterday = AT.minus(Duration.ofDays(1));
        complaint.reception().recordFilingDetails("12号窗口", yesterday, List.of(
                FilingDetail.Given.quickPick("RUDE", "态度生硬、语气不好", "Rude or curt"),
                FilingDetail.Given.answer("VISITS", "来了几次", "Visits", "3", "3")));

        assertEquals(Optional.of("12号窗口"), complaint.registration().staffComplainedAbout());
        assertEquals(Optional.of(yesterday), complaint.registration().incidentAt());
        assertEquals(List.of("RUDE", "VISITS"), complaint.reception().filingDetails().stream().map(FilingDetail::code).toList());
        assertEquals(Optional.of("3"), complaint.reception().filingDetails().get(1).answer());
    }

    @Test
    void filing_details_are_recorded_only_as_part_of_the_filing() {
        Complaint complaint = filed(Complainant.anonymous());
        complaint.reception().recordFilingDetails(null, null, List.of());
        complaint.reception().accept(Registration.empty(), null, CLERK, "王芳", AT.plusSeconds(60));
        assertThrows(TransitionRefused.class, () -> complaint.reception().recordFilingDetails("3号窗口", null, List.of()));
    }

    @Test
    void an_open_complaint_cannot_be_rated_yet() {
        Complaint complaint = filed(Complainant.anonymous());
        assertFalse(complaint.aftercare().isRateable());
        assertThrows(TransitionRefused.class, () -> complaint.aftercare().rate(Satisfaction.SATISFIED, "快", KIOSK, AT));
    }

    @Test
    void a_rating_keeps_the_reasons_tapped_in_the_history() {
        Complaint complaint = closed(Satisfaction.SATISFIED);
        assertTrue(complaint.aftercare().isRateable());
        assertFalse(complaint.aftercare().isAppealable(), "a satisfied complainant has nothing to appeal");

        complaint.aftercare().rate(Satisfaction.DISSATISFIED, "问题没有解决；回复太慢", KIOSK, AT.plus(Duration.ofDays(3)));

        HistoryEntry rated = complaint.history().get(complaint.history().size() - 1);
        assertEquals(HistoryAction.RATED, rated.action());
        assertEquals("DISSATISFIED: 问题没有解决；回复太慢", rated.summary().orElseThrow());
        assertEquals("HALL1-K01", rated.actor().terminal());
        assertTrue(complaint.aftercare().isAppealable());
    }

    @Test
    void a_dissatisfied_citizen_appeals_from_the_kiosk_and_the_case_reopens() {
        Complaint complaint = closed(Satisfaction.SATISFIED);
        Instant later = AT.plus(Duration.ofDays(3));
        complaint.aftercare().rate(Satisfaction.VERY_DISSATISFIED, null, KIOSK, later);

        complaint.aftercare().appeal("问题没有解决", KIOSK, later.plusSeconds(30), Fixtures.DEADLINES);

        assertEquals(ComplaintStatus.APPEALED, complaint.status());
        assertEquals(1, complaint.aftercare().appealRound().number());
        assertFalse(complaint.aftercare().isRateable());
        assertTrue(complaint.deadlines().current().isPresent(), "the re-examination runs against a deadline");
    }
}
