package org.servicehall.domain.model.category;

import java.util.Locale;
import java.util.Objects;

/**
 * A complaint category currently offered to citizens and staff.
 *
 * @param code         stable code, e.g. {@code SERVICE_ATTITUDE}
 * @param labelZh      the zh-CN label
 * @param labelEn      the English label
 * @param icon         icon name (PrimeIcons without prefix)
 * @param displayOrder lower first
 * @param source       the plugin that contributes it (bundle symbolic name)
 */
public record Category(String code, String labelZh, String labelEn, String icon, int displayOrder, String source) {

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(source, "source");
    }

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelZh;
    }
}
