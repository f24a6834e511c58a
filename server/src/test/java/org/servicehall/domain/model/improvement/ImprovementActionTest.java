package org.servicehall.domain.model.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.complaint.TrackingNumber;
import org.servicehall.domain.shared.Actor;
import org.servicehall.domain.shared.Actor.Role;
import org.servicehall.domain.shared.TransitionRefused;

class ImprovementActionTest {

    private static final Actor SUPERVISOR = Actor.staff("zhao.min", Role.SUPERVISOR, "office-pc-1", "OFFICE");
    private static final Actor OWNER = Actor.staff("sun.li", Role.HANDLER, "re-pc-3", "REAL_ESTATE");
    private static final Actor OTHER_HANDLER = Actor.staff("qian.hao", Role.HANDLER, "tax-pc-1", "TAX");
    private static final Actor RECEPTION = Actor.staff("wang.fang", Role.RECEPTION, "window-1", "RECEPTION");
    private static final TrackingNumber CASE_1 = TrackingNumber.of(LocalDate.of(2026, 11, 30), 7);
    private static final TrackingNumber CASE_2 = TrackingNumber.of(LocalDate.of(2026, 12, 1), 3);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);
    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");

    private static ImprovementAction raise() {
        return new ImprovementAction("  窗口首问负责制培训 ", "对不动产窗口全员开展首问负责制培训", "sun.li", DUE,
                List.of(CASE_1), SUPERVISOR, AT);
    }

    private static TransitionRefused assertRefused(String code, org.junit.jupiter.api.function.Executable action) {
        TransitionRefused refused = assertThrows(TransitionRefused.class, action);
        assertEquals(code, refused.code(), refused::getMessage);
        return refused;
    }

    // ------------------------------------------------------------------ raise

    @Test
    void a_supervisor_raises_an_action_for_the_cases_that_showed_the_need() {
        ImprovementAction action = raise();

        assertEquals("窗口首问负责制培训", action.title());
        assertEquals("对不动产窗口全员开展首问负责制培训", action.description());
        assertEquals("sun.li", action.owner());
        assertEquals(DUE, action.dueOn());
        assertEquals(ImprovementAction.Status.OPEN, action.status());
        assertEquals(Set.of("TS-20261130-00007"), action.cases());
        assertEquals(AT, action.createdAt());
        assertEquals("zhao.min", action.createdBy());
        assertTrue(action.progress().isEmpty());
        assertTrue(action.closedAt().isEmpty());
        assertTrue(action.outcome().isEmpty());
    }

    @Test
    void only_a_supervisor_raises_an_action() {
        for (Actor actor : List.of(OWNER, RECEPTION, Actor.system("rule"))) {
            TransitionRefused refused = assertRefused("role", () -> new ImprovementAction("培训", "培训", "sun.li", DUE,
                    List.of(CASE_1), actor, AT));
            assertEquals(List.of("raise", actor.role()), refused.args());
        }
    }

    @Test
    void an_action_needs_at_least_one_case() {
        assertEquals(List.of("cases"), assertRefused("required",
                () -> new ImprovementAction("培训", "培训", "sun.li", DUE, List.of(), SUPERVISOR, AT)).args());
        assertRefused("required", () -> new ImprovementAction("培训", "培训", "sun.li", DUE, null, SUPERVISOR, AT));
    }

    @Test
    void an_action_needs_a_title_a_description_an_owner_and_a_date() {
        assertEquals(List.of("title"), assertRefused("required",
                () -> new ImprovementAction(" ", "培训", "sun.li", DUE, List.of(CASE_1), SUPERVISOR, AT)).args());
        assertEquals(List.of("description"), assertRefused("required",
                () -> new ImprovementAction("培训", null, "sun.li", DUE, List.of(CASE_1), SUPERVISOR, AT)).args());
        assertEquals(List.of("owner"), assertRefused("required",
                () -> new ImprovementAction("培训", "培训", "", DUE, List.of(CASE_1), SUPERVISOR, AT)).args());
        assertThrows(NullPointerException.class,
                () -> new ImprovementAction("培训", "培训", "sun.li", null, List.of(CASE_1), SUPERVISOR, AT));
        assertRefused("tooLong",
                () -> new ImprovementAction("x".repeat(201), "培训", "sun.li", DUE, List.of(CASE_1), SUPERVISOR, AT));
    }

    @Test
    void the_same_case_is_linked_once() {
        ImprovementAction action = new ImprovementAction("培训", "培训", "sun.li", DUE, List.of(CASE_1, CASE_2, CASE_1),
                SUPERVISOR, AT);
        assertEquals(2, action.cases().size());
        assertThrows(UnsupportedOperationException.class, () -> action.cases().clear());
    }

    // ------------------------------------------------------------------ progress

    @Test
    void the_owner_reports_progress_and_the_action_is_in_progress() {
        ImprovementAction action = raise();

        action.reportProgress(" 已完成第一批培训 ", OWNER);

        assertEquals(ImprovementAction.Status.IN_PROGRESS, action.status());
        assertEquals(Optional.of("已完成第一批培训"), action.progress());
    }

    @Test
    void a_supervisor_may_report_progress_for_the_owner() {
        ImprovementAction action = raise();
        action.reportProgress("督导检查中", SUPERVISOR);
        assertEquals(Optional.of("督导检查中"), action.progress());
    }

    @Test
    void someone_else_needs_the_supervisor_role_to_report_progress() {
        ImprovementAction action = raise();
        assertEquals(List.of("reportProgress", Role.HANDLER), assertRefused("role",
                () -> action.reportProgress("我来报", OTHER_HANDLER)).args());
        assertRefused("role", () -> action.reportProgress("我来报", RECEPTION));
        assertEquals(ImprovementAction.Status.OPEN, action.status());
        assertTrue(action.progress().isEmpty());
    }

    @Test
    void progress_needs_words() {
        ImprovementAction action = raise();
        assertRefused("required", () -> action.reportProgress(" ", OWNER));
        assertEquals(ImprovementAction.Status.OPEN, action.status());
    }

    @Test
    void later_progress_replaces_the_earlier_report() {
        ImprovementAction action = raise();
        action.reportProgress("第一批", OWNER);
        action.reportProgress("第二批", OWNER);
        assertEquals(Optional.of("第二批"), action.progress());
        assertEquals(ImprovementAction.Status.IN_PROGRESS, action.status());
    }

    // ------------------------------------------------------------------ cases

    @Test
    void a_supervisor_links_another_case() {
        ImprovementAction action = raise();
        action.linkCase(CASE_2, SUPERVISOR);
        assertEquals(Set.of("TS-20261130-00007", "TS-20261201-00003"), action.cases());
    }

    @Test
    void the_owner_may_not_link_cases() {
        ImprovementAction action = raise();
        assertRefused("role", () -> action.linkCase(CASE_2, OWNER));
        assertEquals(1, action.cases().size());
    }

    // ------------------------------------------------------------------ close

    @Test
    void a_supervisor_closes_an_action_as_done_with_its_outcome() {
        ImprovementAction action = raise();
        action.reportProgress("进行中", OWNER);
        Instant closedAt = Instant.parse("2026-12-30T08:00:00Z");

        action.close(true, "全员培训完毕并考核通过", SUPERVISOR, closedAt);

        assertEquals(ImprovementAction.Status.DONE, action.status());
        assertEquals(Optional.of("全员培训完毕并考核通过"), action.outcome());
        assertEquals(Optional.of(closedAt), action.closedAt());
    }

    @Test
    void a_supervisor_cancels_an_action_with_the_reason() {
        ImprovementAction action = raise();
        action.close(false, "已并入年度培训计划", SUPERVISOR, AT);
        assertEquals(ImprovementAction.Status.CANCELLED, action.status());
        assertEquals(Optional.of("已并入年度培训计划"), action.outcome());
    }

    @Test
    void closing_needs_a_supervisor_and_an_outcome() {
        ImprovementAction action = raise();
        assertRefused("role", () -> action.close(true, "完成", OWNER, AT));
        assertRefused("required", () -> action.close(true, "", SUPERVISOR, AT));
        assertEquals(ImprovementAction.Status.OPEN, action.status());
        assertTrue(action.closedAt().isEmpty());
    }

    @Test
    void a_closed_action_refuses_every_change() {
        for (boolean done : new boolean[] {true, false}) {
            ImprovementAction action = raise();
            action.close(done, "结束", SUPERVISOR, AT);
            ImprovementAction.Status status = action.status();

            assertEquals(List.of("improvement", status), assertRefused("state", () -> action.reportProgress("再报", OWNER)).args());
            assertRefused("state", () -> action.reportProgress("再报", SUPERVISOR));
            assertRefused("state", () -> action.linkCase(CASE_2, SUPERVISOR));
            assertRefused("state", () -> action.close(!done, "改口", SUPERVISOR, AT.plusSeconds(60)));

            assertEquals(status, action.status());
            assertEquals(Optional.of("结束"), action.outcome());
            assertEquals(Optional.of(AT), action.closedAt());
            assertEquals(1, action.cases().size());
        }
    }

    // ------------------------------------------------------------------ overdue

    @Test
    void an_open_or_running_action_is_overdue_after_its_due_day() {
        ImprovementAction action = raise();
        assertFalse(action.isOverdue(DUE.minusDays(1)));
        assertFalse(action.isOverdue(DUE), "due today is not overdue yet");
        assertTrue(action.isOverdue(DUE.plusDays(1)));
        action.reportProgress("进行中", OWNER);
        assertTrue(action.isOverdue(DUE.plusDays(1)));
    }

    @Test
    void a_closed_action_is_never_overdue() {
        ImprovementAction done = raise();
        done.close(true, "完成", SUPERVISOR, AT);
        assertFalse(done.isOverdue(DUE.plusYears(1)));
        ImprovementAction cancelled = raise();
        cancelled.close(false, "取消", SUPERVISOR, AT);
        assertFalse(cancelled.isOverdue(DUE.plusDays(1)));
    }
}
