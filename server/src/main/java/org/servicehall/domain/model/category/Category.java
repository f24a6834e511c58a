package org.servicehall.domain.model.category;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint category currently offered to citizens and staff.
 *
 * @param code          stable code, e.g. {@code SERVICE_ATTITUDE}
 * @param labelZh       the zh-CN label
 * @param labelEn       the English label
 * @param icon          icon name (PrimeIcons without prefix)
 * @param displayOrder  lower first
 * @param source        the plugin that contributes it (bundle symbolic name)
 * @param explanationZh one line under the label on a kiosk tile; null for none
 * @param explanationEn the same in English; null exactly when {@code explanationZh} is
 * @param quickPicks    common problems a citizen taps instead of typing, in display order
 * @param fields        extra questions asked when filing under this category, in display order
 */
public record Category(String code, String labelZh, String labelEn, String icon, int displayOrder, String source,
                       String explanationZh, String explanationEn, List<QuickPick> quickPicks, List<Field> fields) {

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(source, "source");
        if ((explanationZh == null) != (explanationEn == null)) {
            throw new IllegalArgumentException("an explanation needs both languages");
        }
        quickPicks = quickPicks == null ? List.of() : List.copyOf(quickPicks);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** A category with a label and an icon only, as plugins of API 1.0 offer them. */
    public Category(String code, String labelZh, String labelEn, String icon, int displayOrder, String source) {
        this(code, labelZh, labelEn, icon, displayOrder, source, null, null, List.of(), List.of());
    }

    public String label(Locale locale) {
        return english(locale) ? labelEn : labelZh;
    }

    public Optional<String> explanation(Locale locale) {
        return Optional.ofNullable(english(locale) ? explanationEn : explanationZh);
    }

    public Optional<QuickPick> quickPick(String quickPickCode) {
        return quickPicks.stream().filter(pick -> pick.code().equals(quickPickCode)).findFirst();
    }

    public Optional<Field> field(String fieldCode) {
        return fields.stream().filter(field -> field.code().equals(fieldCode)).findFirst();
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** A common problem of the category, or one choice of a {@link Field.Type#CHOICE} field. */
    public record QuickPick(String code, String labelZh, String labelEn) {

        public QuickPick {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(labelZh, "labelZh");
            Objects.requireNonNull(labelEn, "labelEn");
        }

        public String label(Locale locale) {
            return english(locale) ? labelEn : labelZh;
        }
    }
}
