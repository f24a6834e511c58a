package org.servicehall.plugins.category.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.common.LocalizedText;

/** How a descriptor becomes categories, and how a broken one is refused rather than half read. */
class DescribedCategoryTest {

    @Test
    void every_kind_of_field_is_read_with_its_limits() throws IOException {
        DescribedCategory category = only("""
                {"categories": [{"code": "QUEUEING", "label": {"zh": "排队预约", "en": "Queueing"}, "icon": "clock",
                  "displayOrder": 50, "quickPicks": [],
                  "fields": [
                    {"code": "WHAT", "type": "text", "maxLength": 30, "label": {"zh": "什么", "en": "What"}},
                    {"code": "HOW_MANY", "type": "number", "required": true, "min": 0, "max": 9,
                     "label": {"zh": "几个", "en": "How many"}},
                    {"code": "WHICH", "type": "choice", "label": {"zh": "哪个", "en": "Which"},
                     "choices": [{"code": "FIRST", "label": {"zh": "甲", "en": "First"}}, {"code": "SECOND", "label": {"zh": "乙", "en": "Second"}}]},
                    {"code": "WHEN", "type": "date", "label": {"zh": "哪天", "en": "When"}}]}]}
                """);

        assertEquals(List.of(
                FormField.text("WHAT", LocalizedText.of("什么", "What"), false, 30),
                FormField.number("HOW_MANY", LocalizedText.of("几个", "How many"), true, 0, 9),
                FormField.choice("WHICH", LocalizedText.of("哪个", "Which"), false, List.of(
                        QuickPick.of("FIRST", LocalizedText.of("甲", "First")), QuickPick.of("SECOND", LocalizedText.of("乙", "Second")))),
                FormField.date("WHEN", LocalizedText.of("哪天", "When"), false)), category.fields());
        assertEquals("clock", category.icon());
        assertEquals(50, category.displayOrder());
    }

    @Test
    void a_category_without_explanation_quick_picks_or_fields_has_none() throws IOException {
        DescribedCategory category = only("""
                {"categories": [{"code": "PLAIN", "label": {"zh": "简单", "en": "Plain"}, "icon": "tag", "displayOrder": 1}]}
                """);

        assertTrue(category.explanation().isEmpty());
        assertTrue(category.quickPicks().isEmpty());
        assertTrue(category.fields().isEmpty());
    }

    @Test
    void a_descriptor_that_is_not_json_is_refused() {
        IOException refused = assertThrows(IOException.class, () -> read("{\"categories\": ["));
        assertTrue(refused.getMessage().startsWith("category descriptor unusable"), refused.getMessage());
    }

    @Test
    void a_category_missing_its_label_is_refused() {
        assertThrows(IOException.class, () -> read("""
                {"categories": [{"code": "NO_LABEL", "icon": "tag", "displayOrder": 1}]}
                """));
    }

    @Test
    void a_field_of_an_unknown_kind_is_refused() {
        assertThrows(IOException.class, () -> read("""
                {"categories": [{"code": "ODD", "label": {"zh": "怪", "en": "Odd"}, "icon": "tag", "displayOrder": 1,
                  "fields": [{"code": "X", "type": "colour", "label": {"zh": "颜色", "en": "Colour"}}]}]}
                """));
    }

    @Test
    void a_value_beyond_the_plugin_apis_limits_is_refused() {
        assertThrows(IOException.class, () -> read("""
                {"categories": [{"code": "LONG", "label": {"zh": "长", "en": "Long"}, "icon": "tag", "displayOrder": 1,
                  "fields": [{"code": "X", "type": "text", "maxLength": 5000, "label": {"zh": "长", "en": "Long"}}]}]}
                """));
    }

    private static DescribedCategory only(String json) throws IOException {
        List<DescribedCategory> categories = read(json);
        assertEquals(1, categories.size());
        return categories.get(0);
    }

    private static List<DescribedCategory> read(String json) throws IOException {
        return DescribedCategory.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
