package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.domain.model.complaint.ComplaintFigures.Figure;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintFiguresTest {

    private static Figure figure(String name, String code) {
        return new Figure(name, code);
    }

    @Test
    void a_new_complaint_counts_once_towards_its_day_status_category_channel_and_urgency() {
        Complaint complaint = Cases.received();
        ComplaintFigures figures = complaint.figures();
        assertEquals(LocalDate.of(2026, 11, 30), figures.day());
        Map<Figure, Integer> filed = ComplaintFigures.change(null, figures);
        assertEquals(Map.of(figure("TOTAL", "-"), 1, figure("STATUS", "RECEIVED"), 1, figure("CATEGORY", "SERVICE_ATTITUDE"), 1,
                figure("CHANNEL", "KIOSK"), 1, figure("URGENCY", "NORMAL"), 1), filed);
    }

    @Test
    void signing_for_moves_the_status_and_counts_the_stage_done_and_nothing_else() {
        Complaint complaint = Cases.assigned();
        ComplaintFigures before = complaint.figures();
        complaint.investigation().signFor(Cases.HANDLER, Cases.SIGNED_FOR_AT);
        Map<Figure, Integer> change = ComplaintFigures.change(before, complaint.figures());
        assertEquals(-1, change.get(figure("STATUS", "ASSIGNED")));
        assertEquals(1, change.get(figure("STATUS", "INVESTIGATING")));
        assertEquals(1, change.get(figure("DONE", "SIGN_FOR")));
        assertEquals(1, change.get(figure("ON_TIME", "SIGN_FOR")), "signed for within the day: " + change);
        assertEquals(4, change.size(), change.toString());
    }

    @Test
    void a_return_and_reassignment_moves_the_department_count_to_the_new_department() {
        Complaint complaint = Cases.returned();
        ComplaintFigures before = complaint.figures();
        assertTrue(before.figures().contains(figure("DEPARTMENT", Cases.REAL_ESTATE.name())), before.toString());
        complaint.investigation().assign(Cases.TAX, Cases.QIAN_HAO, Cases.SCOPE, null, null, Cases.SUPERVISOR,
                Cases.LATER, Fixtures.DEADLINES);
        Map<Figure, Integer> change = ComplaintFigures.change(before, complaint.figures());
        assertEquals(-1, change.get(figure("DEPARTMENT", Cases.REAL_ESTATE.name())));
        assertEquals(1, change.get(figure("DEPARTMENT", Cases.TAX.name())));
    }

    @Test
    void closing_counts_the_satisfaction_and_an_appeal_counts_the_complaint_as_appealed_once() {
        Complaint complaint = Cases.closed(Satisfaction.DISSATISFIED);
        ComplaintFigures closed = complaint.figures();
        assertTrue(closed.figures().contains(figure("SATISFACTION", "DISSATISFIED")));
        assertTrue(closed.figures().contains(figure("FINDING", "-")) && closed.figures().contains(figure("SUBSTANTIATED", "-")));
        assertTrue(closed.figures().contains(figure("CAUSE", "STAFF_ERROR")));
        complaint.aftercare().appeal("道歉流于形式", Cases.RECEPTION, Cases.APPEALED_AT, Fixtures.DEADLINES);
        Map<Figure, Integer> change = ComplaintFigures.change(closed, complaint.figures());
        assertEquals(1, change.get(figure("APPEALED", "-")));
        assertEquals(-1, change.get(figure("STATUS", "CLOSED")));
        assertEquals(1, change.get(figure("STATUS", "APPEALED")));
    }

    @Test
    void an_unchanged_complaint_moves_no_count() {
        Complaint complaint = Cases.investigating();
        assertEquals(Map.of(), ComplaintFigures.change(complaint.figures(), complaint.figures()));
    }
}
