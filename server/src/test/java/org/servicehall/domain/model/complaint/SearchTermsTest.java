package org.servicehall.domain.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How complaint texts are split into the terms a search finds them by. */
class SearchTermsTest {

    private static List<String> terms(String text) {
        return new ArrayList<>(SearchTerms.of(text));
    }

    @Test
    void chinese_text_is_indexed_by_pairs_of_neighbouring_characters() {
        assertEquals(List.of("不动", "动产", "产登", "登记"), terms("不动产登记"));
    }

    @Test
    void two_chinese_characters_give_one_pair() {
        assertEquals(List.of("窗口"), terms("窗口"));
    }

    @Test
    void a_lone_han_character_is_a_term_of_its_own() {
        assertEquals(List.of("我"), terms("我"));
        assertEquals(List.of("号"), terms(" 号 "));
        assertEquals(List.of("窗口", "号"), terms("窗口3号"));
    }

    @Test
    void the_last_character_of_a_run_is_not_repeated_alone() {
        assertEquals(List.of("态度", "度差"), terms("态度差"));
        assertFalse(SearchTerms.of("态度差").contains("差"));
    }

    @Test
    void latin_words_are_lower_cased() {
        assertEquals(List.of("window", "closed", "early"), terms("Window CLOSED early"));
        assertEquals(List.of("app"), terms("APP"));
    }

    @Test
    void numbers_of_two_or_more_digits_are_terms() {
        assertEquals(List.of("12345", "2026"), terms("# 12345 / 2026"));
        assertEquals(List.of("no", "12345", "in", "2026"), terms("NO 12345 IN 2026"));
    }

    @Test
    void single_letters_and_digits_are_not_terms() {
        assertTrue(SearchTerms.of("a 3 b").isEmpty());
    }

    @Test
    void letters_and_digits_together_form_one_word() {
        assertEquals(List.of("ts2026"), terms("TS2026"));
    }

    @Test
    void punctuation_and_blanks_split_words() {
        assertEquals(List.of("hello", "world", "mail", "com"), terms("hello,world e-mail.com"));
        assertEquals(List.of("态度", "恶劣", "拒绝", "受理"), terms("态度，恶劣！拒绝。受理"));
        assertEquals(List.of("拒绝", "绝受", "受理"), terms("拒绝受理"));
    }

    @Test
    void chinese_and_latin_split_each_other() {
        assertEquals(List.of("app", "闪退"), terms("APP闪退"));
        assertEquals(List.of("办理", "ok"), terms("办理OK"));
    }

    @Test
    void repeated_terms_are_kept_once_in_order_of_first_appearance() {
        assertEquals(List.of("窗口", "口窗"), terms("窗口窗口"));
        assertEquals(List.of("abc"), terms("abc ABC Abc"));
    }

    @Test
    void at_most_64_terms_are_kept_and_they_are_the_first_ones() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("w").append(String.format("%03d", i)).append(' ');
        }
        List<String> terms = terms(text.toString());
        assertEquals(SearchTerms.MAX_TERMS, terms.size());
        assertEquals("w000", terms.get(0));
        assertEquals("w063", terms.get(63));
    }

    @Test
    void a_long_chinese_text_also_stops_at_64_terms() {
        StringBuilder text = new StringBuilder();
        for (int c = 0x4E00; c < 0x4E00 + 200; c++) {
            text.appendCodePoint(c);
        }
        assertEquals(64, SearchTerms.of(text.toString()).size());
    }

    @Test
    void a_term_is_cut_at_20_characters() {
        assertEquals(List.of("a".repeat(20)), terms("A".repeat(25)));
        assertEquals(List.of("x".repeat(20)), terms("x".repeat(20)));
        for (String term : SearchTerms.of("supercalifragilisticexpialidocious 1234567890123456789012345")) {
            assertTrue(term.length() <= SearchTerms.MAX_TERM_LENGTH, term);
        }
    }

    @Test
    void no_text_gives_no_terms() {
        assertTrue(SearchTerms.of(null).isEmpty());
        assertTrue(SearchTerms.of("").isEmpty());
        assertTrue(SearchTerms.of(" ,.!？ ").isEmpty());
    }

    @Test
    void a_complaint_is_found_by_its_description_and_registration_texts() {
        Complaint complaint = Cases.registered();
        Set<String> terms = complaint.searchTerms();
        assertTrue(terms.contains("窗口"), "description");
        assertTrue(terms.contains("审核"), "service step");
        assertTrue(terms.contains("张伟"), "staff complained about");
        assertTrue(terms.contains("道歉"), "expected outcome");
        assertFalse(Cases.received().searchTerms().contains("张伟"), "not before registration");
    }

    @Test
    void a_complaint_tells_its_store_whether_its_texts_changed_since_the_index_took_them() {
        Complaint complaint = Cases.received();
        assertTrue(complaint.searchTextChanged(), "never indexed");
        complaint.indexed();
        assertFalse(complaint.searchTextChanged(), "indexed as it is");

        complaint.reception().accept(Cases.registrationAbout("zhang.wei"), null, Cases.RECEPTION, Cases.RECEPTION_NAME,
                Cases.ACCEPTED_AT);

        assertTrue(complaint.searchTextChanged(), "the registration added texts");
        complaint.indexed();
        complaint.triage().triage(Cases.DELAY, null, complaint.urgency(), Cases.MAJOR, Cases.SUPERVISOR,
                Cases.TRIAGED_AT, Fixtures.DEADLINES);
        assertFalse(complaint.searchTextChanged(), "a triage changes no text");
    }
}
