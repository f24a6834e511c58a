package org.servicehall.plugins.channel.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final Set<String> OFFERED = Set.of("SERVICE_ATTITUDE", "BUSINESS_HANDLING", "FACILITIES_ENVIRONMENT");

    @Test
    void the_first_word_of_the_table_found_in_the_mail_decides_else_the_default_else_the_first_offered() {
        KeywordCategories map = KeywordCategories.parse("态度=SERVICE_ATTITUDE, Toilet=FACILITIES_ENVIRONMENT\nx=UNKNOWN", "BUSINESS_HANDLING");
        assertEquals(Optional.of("FACILITIES_ENVIRONMENT"), map.categoryFor("The TOILET is dirty", OFFERED, Optional.empty()));
        assertEquals(Optional.of("SERVICE_ATTITUDE"), map.categoryFor("toilet dirty, 态度 bad", OFFERED, Optional.empty()));
        assertEquals(Optional.of("BUSINESS_HANDLING"), map.categoryFor("x marks a category not on offer", OFFERED, Optional.empty()));
        assertEquals(Optional.of("SERVICE_ATTITUDE"), KeywordCategories.parse("", "GONE")
                .categoryFor("nothing", OFFERED, Optional.of("SERVICE_ATTITUDE")));
        assertThrows(IllegalArgumentException.class, () -> KeywordCategories.parse("no-equals-sign", "X"));
        KeywordCategories.parse(KeywordCategories.DEFAULT_TABLE, KeywordCategories.DEFAULT_CATEGORY);
    }

    @Test
    void html_is_reduced_to_its_readable_text() {
        assertEquals("标题\n第一行\n第二行 <b> & \"x\" é", HtmlText.of("<h1>标题</h1><p>第一行<br>第二行 &lt;b&gt; &amp; &quot;x&quot; &#233;</p>"
                + "<!-- hidden --><style>.a{}</style><script>evil()</script>"));
        assertEquals("", HtmlText.of(null));
    }

    @Test
    void tracking_numbers_are_found_in_the_subject_first_and_only_whole() {
        assertEquals(Optional.of("TS-20261129-00057"), TrackingNumbers.quotedIn("Re: [ts-20261129-00057]", "TS-20260101-00001"));
        assertEquals(Optional.of("TS-20260101-000012"), TrackingNumbers.quotedIn("", "编号TS-20260101-000012。"));
        assertEquals(Optional.empty(), TrackingNumbers.quotedIn("XTS-20261129-00057", "TS-2026112-00057 TS-20261129-0005"));
    }

    @Test
    void stored_text_has_no_control_characters_and_bounded_length() {
        assertEquals("a b c", Texts.oneLine("a\r\nb\u0007c".replace("\u0007", " ")));
        assertEquals("a\n\nb", Texts.tidyBody("a\r\n\r\n\r\n\r\nb\u0000"));
        assertEquals("ab", Texts.cut("ab\uD83D\uDE00", 3));
    }
}
