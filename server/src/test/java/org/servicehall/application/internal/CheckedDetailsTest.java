package org.servicehall.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicehall.application.InvalidInputException;
import org.servicehall.application.UncheckedDetails;
import org.servicehall.application.UncheckedFiling;
import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.category.CategoryCatalog;
import org.servicehall.domain.model.category.Field;
import org.servicehall.domain.model.complaint.FilingDetail;

/** A kiosk filing made mostly of taps: common problems, extra answers, window and day. */
class CheckedDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Category BUSINESS = new Category("BUSINESS_HANDLING", "业务办理", "Business handling", "file-edit",
            20, "basic", "材料、流程出了问题", "Papers or steps", List.of(
                    new Category.QuickPick("SEVERAL_TRIPS", "跑了好几趟还没办成", "Several trips"),
                    new Category.QuickPick("TOO_SLOW", "办理时间太长", "It took too long")),
            List.of(new Field("SERVICE", Field.Type.CHOICE, "办理的是哪类业务", "Which service", false, 0, 0, 0,
                            List.of(new Category.QuickPick("TAX", "税务", "Taxes"), new Category.QuickPick("OTHER", "其他", "Other"))),
                    new Field("VISITS", Field.Type.NUMBER, "为这件事来了几次", "Visits", false, 0, 1, 99, null)));

    private static final CategoryCatalog CATALOG = new CategoryCatalog() {
        @Override
        public List<Category> all() {
            return List.of(BUSINESS);
        }

        @Override
        public Optional<Category> find(String code) {
            return BUSINESS.code().equals(code) ? Optional.of(BUSINESS) : Optional.empty();
        }
    };

    private static UncheckedFiling kiosk(String words, UncheckedDetails details) {
        return new UncheckedFiling("KIOSK", "BUSINESS_HANDLING", words, null, null, true, "HALL1-K01", null, details);
    }

    private static Map<String, String> answers(String... pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put(pairs[i], pairs[i + 1]);
        }
        return answers;
    }

    private static String violations(UncheckedFiling command) {
        return assertThrows(InvalidInputException.class, () -> FilingValidator.validate(command, CATALOG, TODAY))
                .violations().stream().map(v -> v.field() + ":" + v.code()).sorted().toList().toString();
    }

    @Test
    void a_complaint_of_taps_only_is_described_by_what_was_tapped() {
        CheckedFiling filing = FilingValidator.validate(kiosk(null, new UncheckedDetails(List.of("SEVERAL_TRIPS", "TOO_SLOW"),
                answers("SERVICE", "TAX", "VISITS", "3"), "12", null, TODAY.minusDays(1))), CATALOG, TODAY);

        assertEquals("常见问题：跑了好几趟还没办成；办理时间太长\n办理的是哪类业务：税务\n为这件事来了几次：3", filing.description());
        assertEquals("12号窗口", filing.details().staffOrWindow());
        assertEquals(TODAY.minusDays(1), filing.details().incidentDay());
        assertEquals(List.of(FilingDetail.Kind.QUICK_PICK, FilingDetail.Kind.QUICK_PICK, FilingDetail.Kind.FIELD,
                FilingDetail.Kind.FIELD), filing.details().given().stream().map(FilingDetail.Given::kind).toList());
    }

    @Test
    void the_citizens_own_words_follow_what_they_tapped() {
        CheckedFiling filing = FilingValidator.validate(kiosk("  第三次来了。 ", new UncheckedDetails(List.of("TOO_SLOW"),
                null, null, "1024", null)), CATALOG, TODAY);
        assertEquals("常见问题：办理时间太长\n第三次来了。", filing.description());
        assertEquals("工号1024", filing.details().staffOrWindow());
    }

    @Test
    void words_alone_stay_as_they_are() {
        CheckedFiling filing = FilingValidator.validate(kiosk("等了两个小时。", UncheckedDetails.none()), CATALOG, TODAY);
        assertEquals("等了两个小时。", filing.description());
        assertNull(filing.details().staffOrWindow());
    }

    @Test
    void without_a_tapped_problem_the_words_are_required() {
        assertEquals("[description:required]", violations(kiosk(" ", new UncheckedDetails(List.of(),
                answers("VISITS", "2"), null, null, null))));
    }

    @Test
    void unknown_problems_and_wrong_answers_are_named() {
        assertEquals("[answers.NOPE:unknown, answers.SERVICE:unknown, answers.VISITS:outOfRange, quickPicks:unknown]",
                violations(kiosk("x", new UncheckedDetails(List.of("FISHING"),
                        answers("SERVICE", "FISHING", "VISITS", "100", "NOPE", "1"), null, null, null))));
    }

    @Test
    void window_and_staff_numbers_are_digits_and_the_day_is_within_the_last_year() {
        assertEquals("[incidentDay:invalid, staffNumber:invalid, windowNumber:invalid]",
                violations(kiosk("x", new UncheckedDetails(List.of(), null, "12a", "1-2", TODAY.plusDays(5)))));
        assertEquals("[incidentDay:invalid]",
                violations(kiosk("x", new UncheckedDetails(List.of(), null, null, null, TODAY.minusYears(2)))));
    }

    @Test
    void the_description_with_what_was_tapped_must_still_fit() {
        assertEquals("[description:tooLong]", violations(kiosk("字".repeat(1990),
                new UncheckedDetails(List.of("SEVERAL_TRIPS"), null, null, null, null))));
    }
}
