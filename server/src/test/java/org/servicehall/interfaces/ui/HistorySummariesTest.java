package org.servicehall.interfaces.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.servicehall.domain.model.complaint.Cases.HANDLER;
import static org.servicehall.domain.model.complaint.Cases.LATER;
import static org.servicehall.domain.model.complaint.Cases.OTHER_NUMBER;
import static org.servicehall.domain.model.complaint.Cases.SHA256;
import static org.servicehall.domain.model.complaint.Cases.SUPERVISOR;
import static org.servicehall.domain.model.complaint.Fixtures.DEADLINES;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.calendar.Urgency;
import org.servicehall.domain.model.complaint.Cases;
import org.servicehall.domain.model.complaint.Complaint;
import org.servicehall.domain.model.complaint.DuplicateFlag;
import org.servicehall.domain.model.complaint.Evidence;
import org.servicehall.domain.model.complaint.HistoryEntry;
import org.servicehall.domain.model.complaint.InvestigationNote;
import org.servicehall.domain.model.complaint.Satisfaction;
import org.servicehall.ui.support.HistorySummaries;

/**
 * The case screen's history in the reader's words: the summaries the domain writes (taken from a
 * complaint walked through its steps, not typed here) come out with labels in place of codes.
 */
class HistorySummariesTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final Function<String, String> CATEGORIES = code -> Map.of(
            "SERVICE_ATTITUDE", "服务态度", "PROCESSING_DELAY", "办理超时").getOrDefault(code, code);
    /** A code as the summaries write them: upper case with underscores, or one of the enum words. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b|\\b(KIOSK|NORMAL|URGENT|MEDIUM|HIGH|LOW|PHONE)\\b");

    /** Every step with a summary of codes, once, as the domain writes it. */
    private static Map<String, String> written() {
        Complaint appealed = Cases.appealed();
        Complaint other = Cases.investigating();
        other.triage().flagPossibleDuplicate(OTHER_NUMBER, DuplicateFlag.Reason.SAME_CONTACT, LATER);
        other.investigation().addNote(InvestigationNote.Kind.CCTV_REVIEWED, "调阅11月27日14时监控", HANDLER, LATER);
        other.investigation().addEvidence(new Evidence.StoredFile("window3.jpg", "image/jpeg", 48_213L, SHA256,
                "evidence/x"), null, HANDLER, LATER);
        Cases.identify(other.oversight().requestExtension(Instant.parse("2026-12-10T09:30:00Z"), "需调取外单位档案", HANDLER, LATER), 41L);
        other.oversight().decideExtension(41L, true, "同意", SUPERVISOR, LATER.plusSeconds(60));
        other.oversight().raiseUrgency(Urgency.URGENT, "涉及老年人权益", SUPERVISOR, LATER, DEADLINES);
        Complaint rated = Cases.closed(Satisfaction.DISSATISFIED);
        rated.aftercare().rate(Satisfaction.DISSATISFIED, "等了太久", Cases.CITIZEN, LATER);
        Map<String, String> byAction = new LinkedHashMap<>();
        for (Complaint c : new Complaint[] {appealed, other, rated}) {
            for (HistoryEntry entry : c.history()) {
                entry.summary().ifPresent(summary -> byAction.putIfAbsent(entry.action().name(), summary));
            }
        }
        return byAction;
    }

    private static String zh(String action, String summary) {
        return HistorySummaries.label(action, summary, Locale.SIMPLIFIED_CHINESE, CATEGORIES, HALL);
    }

    private static String en(String action, String summary) {
        return HistorySummaries.label(action, summary, Locale.ENGLISH, CATEGORIES, HALL);
    }

    @Test
    void no_code_is_left_in_any_summary_the_steps_write_in_either_language() {
        Map<String, String> written = written();
        assertTrue(written.keySet().containsAll(List.of("FILED", "TRIAGED", "FINDING_RECORDED", "MEASURE_RECORDED",
                "HANDLING_COMPLETED", "FEEDBACK_GIVEN", "APPEALED", "DUPLICATE_FLAGGED", "NOTE_ADDED", "EVIDENCE_ADDED",
                "EXTENSION_REQUESTED", "EXTENSION_APPROVED", "URGENCY_RAISED", "RATED")), written.keySet().toString());
        written.forEach((action, summary) -> {
            for (String labelled : new String[] {zh(action, summary), en(action, summary)}) {
                assertFalse(CODE.matcher(labelled).find(), action + ": " + summary + " → " + labelled);
            }
        });
    }

    @Test
    void filing_and_triage_name_the_channel_category_urgency_and_severity() {
        Map<String, String> written = written();
        assertEquals("渠道：自助终端，类别：服务态度", zh("FILED", written.get("FILED")));
        assertEquals("Channel: Kiosk, category: 服务态度", en("FILED", written.get("FILED")));
        assertTrue(zh("TRIAGED", written.get("TRIAGED")).startsWith("类别：服务态度，紧急程度：一般，严重程度："), zh("TRIAGED", written.get("TRIAGED")));
    }

    @Test
    void times_are_shown_in_the_hall_s_zone_and_the_typed_words_stay() {
        String labelled = zh("EXTENSION_REQUESTED", written().get("EXTENSION_REQUESTED"));
        assertTrue(labelled.startsWith("调查处理："), labelled);
        assertTrue(labelled.contains("→ 2026-12-10 17:30"), labelled);
        assertTrue(labelled.endsWith("：需调取外单位档案"), labelled);
        assertEquals("不满意：等了太久", zh("RATED", written().get("RATED")));
        assertEquals("Appeal 1: " + written().get("APPEALED").substring("round 1: ".length()),
                en("APPEALED", written().get("APPEALED")));
    }

    @Test
    void free_text_and_summaries_of_another_shape_are_shown_as_stored() {
        assertEquals("窗口工作人员已当面道歉", zh("RESOLVED_ON_SPOT", "窗口工作人员已当面道歉"));
        assertEquals("older shape", zh("FILED", "older shape"));
        assertEquals("URGENT → ?", zh("URGENCY_RAISED", "URGENT → ?"));
        assertNull(zh("FILED", null));
    }
}
