package org.servicehall.domain.model.complaint;

import java.util.Locale;
import java.util.Objects;
import org.servicehall.domain.model.category.Category;

/**
 * The category a complaint was filed under, copied at filing time so that the complaint keeps
 * its category's code and labels after the plugin that offered it is removed.
 */
public record CategorySnapshot(String code, String labelZh, String labelEn) {

    public CategorySnapshot {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
    }

    public static CategorySnapshot of(Category category) {
        return new CategorySnapshot(category.code(), category.labelZh(), category.labelEn());
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelZh;
    }
}
