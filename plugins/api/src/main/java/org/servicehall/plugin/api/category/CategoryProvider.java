package org.servicehall.plugin.api.category;

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
}
