package org.servicehall.plugin.api.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.common.LocalizedText;

class CategoryProviderTest {

    /** A plugin written against API 1.0: it knows nothing of explanations, quick-picks or fields. */
    static final class VersionOneCategory implements CategoryProvider {
        @Override
        public String code() {
            return "FEES";
        }

        @Override
        public LocalizedText label() {
            return LocalizedText.of("收费问题", "Fees");
        }

        @Override
        public String icon() {
            return "wallet";
        }

        @Override
        public int displayOrder() {
            return 60;
        }
    }

    @Test
    void a_plugin_written_for_version_one_offers_no_explanation_quick_picks_or_fields() {
        CategoryProvider old = new VersionOneCategory();
        assertTrue(old.explanation().isEmpty());
        assertEquals(0, old.quickPicks().size());
        assertEquals(0, old.fields().size());
    }
}
