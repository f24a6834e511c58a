package org.servicehall.plugin.api.common;

import java.util.Locale;
import java.util.Objects;

/**
 * A short text in the hall's two languages: Simplified Chinese first, English second.
 * Immutable; both parts are required so that no screen ever falls back to the other language.
 */
public final class LocalizedText {

    private final String zh;
    private final String en;

    private LocalizedText(String zh, String en) {
        this.zh = requireText(zh, "zh");
        this.en = requireText(en, "en");
    }

    /** @param zh the zh-CN text; @param en the English text; both non-blank. */
    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The text for a locale: English for any English locale, Chinese for everything else. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    private static String requireText(String text, String language) {
        Objects.requireNonNull(text, () -> "text in " + language + " is required");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text in " + language + " must not be blank");
        }
        return text.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && zh.equals(that.zh) && en.equals(that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zh, en);
    }

    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
