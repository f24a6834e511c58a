package org.servicehall.plugin.api.category;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * One complaint category, registered by a plugin as an OSGi service.
 *
 * <p>The host reads every value once when the service appears and keeps a copy, so the methods
 * should simply return constants. A complaint filed under a category keeps its code and labels
 * after the plugin is removed.
 */
@ConsumerType
public interface CategoryProvider {

    /** Optional service property: the category code, for filters such as {@code (servicehall.category.code=SERVICE_ATTITUDE)}. */
    String PROPERTY_CODE = "servicehall.category.code";

    /**
     * A stable code: upper-case letters, digits and underscores, 2 to 40 characters
     * ({@value #CODE_PATTERN}). Two plugins must not register the same code; the first one wins.
     */
    String code();

    /** The pattern every {@link #code()} must match. */
    String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";

    /** The name shown on kiosk tiles and staff screens, at most 30 characters per language. */
    LocalizedText label();

    /**
     * The icon shown on the kiosk tile: a PrimeIcons name without the {@code pi-} prefix, for
     * example {@code "user"}, {@code "building"} or {@code "comments"}. Unknown names show a
     * neutral tag icon.
     */
    String icon();

    /** Position among the categories: lower comes first; ties are broken by code. */
    int displayOrder();

    /**
     * The longest {@link #explanation()}, per language: one line on a kiosk tile.
     *
     * @since 1.1
     */
    int EXPLANATION_MAX_LENGTH = 60;

    /**
     * The most {@link #quickPicks()} a category may offer; the host ignores any beyond.
     *
     * @since 1.1
     */
    int QUICK_PICKS_MAX = 12;

    /**
     * The most {@link #fields()} a category may ask; the host ignores any beyond.
     *
     * @since 1.1
     */
    int FIELDS_MAX = 4;

    /**
     * A one-line explanation shown under the label on the kiosk tile, e.g. "工作人员的言行举止 /
     * How staff treated you", at most {@value #EXPLANATION_MAX_LENGTH} characters per language.
     *
     * @return empty for none (the default)
     * @since 1.1
     */
    default Optional<LocalizedText> explanation() {
        return Optional.empty();
    }

    /**
     * The common problems of this category, in display order, for citizens to tap rather than
     * type; at most {@value #QUICK_PICKS_MAX}, codes unique within the category. A complaint may
     * be filed with quick-picks only.
     *
     * @return empty for none (the default): the citizen describes the problem in words
     * @since 1.1
     */
    default List<QuickPick> quickPicks() {
        return List.of();
    }

    /**
     * Extra questions for complaints under this category, in display order, at most
     * {@value #FIELDS_MAX}, codes unique within the category. The kiosk and window forms show them
     * after the common questions, and the registration stores the answers.
     *
     * @return empty for none (the default)
     * @since 1.1
     */
    default List<FormField> fields() {
        return List.of();
    }
}
