package org.servicehall.ui.kiosk.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.servicehall.ui.facade.dto.CategoryTile;
import org.servicehall.ui.facade.dto.Choice;
import org.servicehall.ui.facade.dto.FieldSpec;
import org.servicehall.ui.facade.dto.Label;

/** What the wizard's steps remember of the citizen's taps. */
class WizardAnswersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static CategoryTile tile(String code, String... picks) {
        List<Choice> quickPicks = Arrays.stream(picks).map(p -> new Choice(p, new Label(p, p))).toList();
        return new CategoryTile(code, new Label(code, code), "star", null, quickPicks, List.of());
    }

    @Test
    void another_category_forgets_the_problems_tapped_under_the_first() {
        Problem problem = new Problem();
        problem.choose(tile("A", "SLOW", "RUDE"));
        problem.togglePick("SLOW");
        problem.togglePick("UNKNOWN");
        assertEquals(List.of("SLOW"), problem.pickedCodes());

        assertFalse(problem.choose(tile("A", "SLOW", "RUDE")), "the same category again keeps them");
        assertEquals(List.of("SLOW"), problem.pickedCodes());

        assertTrue(problem.choose(tile("B", "SLOW")));
        assertEquals(List.of(), problem.pickedCodes());
    }

    @Test
    void another_choice_of_whom_it_concerns_forgets_the_number() {
        Incident incident = new Incident();
        incident.chooseWho("WINDOW");
        incident.getWhoNumber().press("7");
        assertEquals("7", incident.windowNumber());
        assertNull(incident.staffNumber());

        incident.chooseWho("STAFF");
        assertTrue(incident.getWhoNumber().isEmpty());
    }

    @Test
    void the_day_it_happened_is_today_yesterday_or_a_picked_earlier_day() {
        Incident incident = new Incident();
        assertNull(incident.day(TODAY));
        incident.chooseWhen("YESTERDAY", TODAY);
        assertEquals(TODAY.minusDays(1), incident.day(TODAY));
        incident.chooseWhen("EARLIER", TODAY);
        assertEquals(TODAY.minusDays(2), incident.day(TODAY));
    }

    @Test
    void tapping_the_chosen_answer_again_takes_it_back() {
        FieldAnswers answers = new FieldAnswers();
        answers.answer("SEAT", "YES");
        assertEquals("YES", answers.answerOf("SEAT"));
        answers.answer("SEAT", "YES");
        assertNull(answers.answerOf("SEAT"));
    }

    @Test
    void a_small_number_steps_within_its_range_and_a_large_one_comes_from_the_keypad() {
        FieldSpec people = new FieldSpec("PEOPLE", new Label("人数", "People"), "NUMBER", false, 0, 1, 5, null);
        FieldAnswers answers = new FieldAnswers();
        answers.stepNumber(people, -1);
        assertNull(answers.answerOf("PEOPLE"), "minus on nothing stays nothing");
        answers.stepNumber(people, 1);
        assertEquals("1", answers.answerOf("PEOPLE"));
        for (int i = 0; i < 10; i++) {
            answers.stepNumber(people, 1);
        }
        assertEquals("5", answers.answerOf("PEOPLE"));

        FieldSpec minutes = new FieldSpec("WAIT", new Label("分钟", "Minutes"), "NUMBER", false, 0, 0, 999, null);
        answers.numberEntry(minutes).press("0");
        answers.numberEntry(minutes).press("4");
        answers.collect(minutes);
        assertEquals("4", answers.answerOf("WAIT"));
    }

    @Test
    void the_review_shows_a_choice_by_its_label_in_the_screen_language() {
        FieldSpec seat = new FieldSpec("SEAT", new Label("座位", "Seat"), "CHOICE", false, 0, 0, 0,
                List.of(new Choice("YES", new Label("有", "Yes"))));
        FieldAnswers answers = new FieldAnswers();
        answers.answer("SEAT", "YES");
        String[] line = answers.lines(List.of(seat), Locale.ENGLISH).get(0);
        assertEquals("Seat", line[0]);
        assertEquals("Yes", line[1]);
    }

    @Test
    void an_anonymous_citizen_files_no_number_and_no_sms_consent() {
        Contact contact = new Contact();
        contact.getPhone().press("1");
        contact.toggleSmsConsent();
        assertTrue(contact.consentsToSms());

        contact.stayAnonymous();
        assertNull(contact.phoneToFile());
        assertFalse(contact.consentsToSms());
        contact.toggleSmsConsent();
        assertFalse(contact.isSmsConsent(), "the switch stays off without a number");
    }
}
