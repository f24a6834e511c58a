package org.servicehall.interfaces.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.complaint.ComplaintStep;
import org.servicehall.ui.facade.staff.CaseStep;

/**
 * Every step of the process's catalogue that the case screen offers has its panel, its request
 * type, a call that takes it, and its label in both languages; and nothing names a step the
 * catalogue does not know.
 */
class CaseStepCatalogueTest {

    /** Files come through the upload, not as a step record. */
    private static final Set<String> WITHOUT_RECORD = Set.of("addEvidence");

    private static Set<String> caseScreenSteps() {
        return Arrays.stream(ComplaintStep.values()).filter(ComplaintStep::onCaseScreen).map(ComplaintStep::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> codesTakenByRecords() {
        return Arrays.stream(CaseStep.class.getPermittedSubclasses())
                .flatMap(type -> Arrays.stream(type.getAnnotation(CaseStep.Takes.class).value()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String casePage() throws IOException {
        try (InputStream page = CaseStepCatalogueTest.class.getResourceAsStream("/META-INF/resources/staff/case.xhtml")) {
            return new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void every_step_of_the_case_screen_has_a_panel_offered_when_the_case_allows_it() throws IOException {
        String page = casePage();
        for (String code : caseScreenSteps()) {
            assertTrue(page.contains("<p:panel id=\"panel_" + code + "\""), "panel of " + code);
            assertTrue(page.contains("rendered=\"#{c.may('" + code + "')"), "panel of " + code + " shown when allowed");
        }
    }

    @Test
    void every_panel_of_the_case_screen_is_a_step_of_the_catalogue() throws IOException {
        Set<String> panels = casePage().lines().map(String::strip).filter(l -> l.startsWith("<p:panel id=\"panel_"))
                .map(l -> l.substring("<p:panel id=\"panel_".length(), l.indexOf('"', "<p:panel id=\"panel_".length())))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(caseScreenSteps(), panels);
    }

    @Test
    void every_step_of_the_case_screen_has_a_request_type_and_every_request_type_a_step() {
        Set<String> expected = new TreeSet<>(caseScreenSteps());
        expected.removeAll(WITHOUT_RECORD);
        assertEquals(expected, codesTakenByRecords());
    }

    @Test
    void every_request_type_is_taken_by_one_call() {
        CaseStepCalls calls = new CaseStepCalls();
        calls.register();
        assertEquals(Set.of(CaseStep.class.getPermittedSubclasses()), Set.copyOf(calls.steps()));
    }

    @Test
    void every_step_has_a_label_in_chinese_and_in_english() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle staff = ResourceBundle.getBundle("org.servicehall.ui.i18n.staff", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (ComplaintStep step : ComplaintStep.values()) {
                if (step.onCaseScreen()) {
                    assertTrue(staff.containsKey(step.labelKey()), step.labelKey() + " in " + locale);
                    assertFalse(staff.getString(step.labelKey()).isBlank(), step.labelKey() + " in " + locale);
                }
            }
        }
    }

    @Test
    void a_step_name_is_found_again_by_its_code() {
        for (ComplaintStep step : ComplaintStep.values()) {
            assertEquals(step, ComplaintStep.byCode(step.code()).orElseThrow());
        }
        assertTrue(ComplaintStep.byCode("fly").isEmpty());
    }
}
