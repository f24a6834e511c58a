package org.servicehall.ui.kiosk.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionTest {

    @Test
    void elderly_mode_shows_four_items_a_page_and_wraps_to_the_first() {
        Position position = new Position();
        List<Integer> items = List.of(1, 2, 3, 4, 5, 6);
        int pages = Position.pageCount(items.size(), true);
        assertEquals(2, pages);
        assertEquals(List.of(1, 2, 3, 4), position.page(items, true, pages));

        position.nextPage(pages);
        assertEquals(List.of(5, 6), position.page(items, true, pages));
        assertEquals(2, position.pageNumber(pages));

        position.nextPage(pages);
        assertEquals(1, position.pageNumber(pages));
    }

    @Test
    void standard_mode_shows_everything_on_one_page() {
        List<Integer> items = List.of(1, 2, 3, 4, 5, 6);
        assertEquals(1, Position.pageCount(items.size(), false));
        assertEquals(items, new Position().page(items, false, 1));
    }

    @Test
    void the_category_own_questions_come_last_and_only_when_it_has_some() {
        assertEquals(List.of(Section.WORDS, Section.WHO, Section.WHEN), Position.sections(false));
        assertEquals(List.of(Section.WORDS, Section.WHO, Section.WHEN, Section.FIELDS), Position.sections(true));
    }

    @Test
    void back_from_the_contact_in_elderly_mode_returns_to_the_last_question_then_one_by_one() {
        Position position = new Position();
        position.go(Step.CONTACT);

        position.back(true, true, 4);
        assertEquals(Step.DETAILS, position.step());
        assertEquals(3, position.section(4));

        position.back(true, true, 4);
        assertEquals(2, position.section(4));
    }

    @Test
    void back_from_the_details_skips_the_problems_when_the_category_has_none() {
        Position position = new Position();
        position.go(Step.DETAILS);
        position.back(false, false, 3);
        assertEquals(Step.CATEGORY, position.step());

        position.go(Step.DETAILS);
        position.back(false, true, 3);
        assertEquals(Step.PROBLEM, position.step());
    }

    @Test
    void the_next_question_stops_at_the_last() {
        Position position = new Position();
        assertTrue(position.nextSection(2));
        assertFalse(position.nextSection(2));
        assertEquals(1, position.section(2));
    }

    @Test
    void a_refused_field_belongs_to_the_step_where_the_citizen_entered_it() {
        assertEquals(Step.CATEGORY, Refusals.owning("categoryCode"));
        assertEquals(Step.PROBLEM, Refusals.owning("quickPicks"));
        assertEquals(Step.DETAILS, Refusals.owning("answers.ROOM"));
        assertEquals(Step.DETAILS, Refusals.owning("staffNumber"));
        assertEquals(Step.CONTACT, Refusals.owning("complainantPhone"));
        assertEquals(Step.REVIEW, Refusals.owning("idempotencyKey"));
    }
}
