package org.servicehall.plugins.category.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicehall.plugin.api.category.CategoryProvider;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.common.LocalizedText;

/** The four categories stay within what the host accepts, in both languages. */
class BasicCategoriesTest {

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    static List<DescribedCategory> categories() throws IOException {
        return DescribedCategory.fromDescriptor();
    }

    @ParameterizedTest
    @MethodSource("categories")
    void every_category_explains_itself_in_one_line(CategoryProvider category) {
        LocalizedText explanation = category.explanation().orElseThrow();
        assertTrue(explanation.zh().length() <= CategoryProvider.EXPLANATION_MAX_LENGTH, explanation.zh());
        assertTrue(explanation.en().length() <= CategoryProvider.EXPLANATION_MAX_LENGTH, explanation.en());
        chineseHasNoLatin(explanation);
    }

    @ParameterizedTest
    @MethodSource("categories")
    void every_category_offers_a_handful_of_quick_picks_with_distinct_codes(CategoryProvider category) {
        List<QuickPick> picks = category.quickPicks();
        assertTrue(picks.size() >= 4 && picks.size() <= CategoryProvider.QUICK_PICKS_MAX, category.code());
        Set<String> codes = new HashSet<>();
        picks.forEach(pick -> {
            assertTrue(codes.add(pick.code()), pick.code());
            chineseHasNoLatin(pick.label());
        });
    }

    @ParameterizedTest
    @MethodSource("categories")
    void extra_fields_are_few_and_optional(CategoryProvider category) {
        List<FormField> fields = category.fields();
        assertTrue(fields.size() <= 2, category.code());
        Set<String> codes = new HashSet<>();
        fields.forEach(field -> {
            assertTrue(codes.add(field.code()), field.code());
            assertTrue(!field.required(), "a citizen can always skip " + field.code());
            chineseHasNoLatin(field.label());
            field.choices().forEach(choice -> chineseHasNoLatin(choice.label()));
        });
    }

    @Test
    void the_four_categories_of_the_process_come_in_order() throws IOException {
        assertEquals(List.of("SERVICE_ATTITUDE", "BUSINESS_HANDLING", "POLICY_CONSULTATION", "FACILITIES_ENVIRONMENT"),
                categories().stream().sorted((a, b) -> Integer.compare(a.displayOrder(), b.displayOrder()))
                        .map(CategoryProvider::code).toList());
    }

    private static void chineseHasNoLatin(LocalizedText text) {
        assertTrue(!LATIN.matcher(text.zh()).find(), "English in the Chinese text: " + text.zh());
    }
}
