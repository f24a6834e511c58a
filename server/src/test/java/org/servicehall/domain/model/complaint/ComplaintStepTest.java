package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.shared.TransitionRefused;

/** The step catalogue: one check for every transition, and what a screen offers is what that check lets through. */
class ComplaintStepTest {

    @Test
    void a_handler_of_another_department_is_refused_a_department_bound_step_and_not_offered_it() {
        Complaint complaint = Cases.assigned();
        TransitionRefused refused = assertThrows(TransitionRefused.class,
                () -> complaint.investigation().signFor(Cases.TAX_HANDLER, Cases.SIGNED_FOR_AT));
        assertEquals("notDepartment", refused.code());
        assertFalse(complaint.allowedSteps(Cases.TAX_HANDLER).contains("signFor"));
        assertTrue(complaint.allowedSteps(Cases.HANDLER).contains("signFor"));
    }

    @Test
    void the_checks_come_in_the_order_archived_state_role_recusal_department() {
        assertEquals("state", ComplaintStep.SIGN_FOR.refusal(Cases.received(), Cases.TAX_HANDLER).orElseThrow().code());
        assertEquals("role", ComplaintStep.ASSIGN.refusal(Cases.triaged(), Cases.TAX_HANDLER).orElseThrow().code());
        assertEquals("notDepartment", ComplaintStep.SIGN_FOR.refusal(Cases.assigned(), Cases.TAX_HANDLER).orElseThrow().code());
        assertTrue(ComplaintStep.SIGN_FOR.refusal(Cases.assigned(), Cases.SUPERVISOR).isEmpty(),
                "a supervisor is bound to no department");
    }

    @Test
    void an_archived_case_offers_its_supervisor_only_reopening_and_a_new_query_code() {
        Complaint archived = Cases.archived();
        assertEquals(Set.of("reopen", "reissueQueryCode"), archived.allowedSteps(Cases.SUPERVISOR));
        assertEquals(Set.of("reissueQueryCode"), archived.allowedSteps(Cases.RECEPTION));
        assertEquals("archived", ComplaintStep.SUPERVISE.refusal(archived, Cases.SUPERVISOR).orElseThrow().code());
    }

    @Test
    void the_steps_offered_are_exactly_those_the_transitions_would_let_through() {
        Complaint complaint = Cases.assigned();
        Set<String> passing = Arrays.stream(ComplaintStep.values())
                .filter(step -> step.refusal(complaint, Cases.HANDLER).isEmpty())
                .map(ComplaintStep::code).collect(Collectors.toSet());
        assertEquals(passing, complaint.allowedSteps(Cases.HANDLER));
        assertEquals(Set.of("signFor", "returnAssignment", "addEvidence", "requestExtension"), passing);
    }

    @Test
    void a_step_s_own_rule_is_part_of_its_check() {
        Complaint resolved = Cases.resolvedOnSpot();
        assertEquals("notDissatisfied", ComplaintStep.APPEAL.refusal(Cases.closed(Satisfaction.SATISFIED), Cases.RECEPTION)
                .map(TransitionRefused::code).orElse("none"));
        assertTrue(ComplaintStep.ARCHIVE.refusal(resolved, Cases.RECEPTION).isEmpty(), "a clerk archives what the front desk finished");
        assertEquals("role", ComplaintStep.ARCHIVE.refusal(Cases.closed(Satisfaction.SATISFIED), Cases.RECEPTION).orElseThrow().code());
    }
}
