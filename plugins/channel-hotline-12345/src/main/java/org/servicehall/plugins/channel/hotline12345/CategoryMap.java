package org.servicehall.plugins.channel.hotline12345;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hotline's category codes (GB/T 39666 style, e.g. {@code A01}) to the hall's categories, from
 * the setting {@code category.map} ({@code A01=SERVICE_ATTITUDE,A02=BUSINESS_HANDLING,...}); a code
 * not in the table, or mapped to a category not on offer, goes to {@code category.default}.
 */
final class CategoryMap {

    /** Used when the setting is absent. */
    static final String DEFAULT_TABLE = "A01=SERVICE_ATTITUDE,A02=BUSINESS_HANDLING,A03=POLICY_CONSULTATION,"
            + "A04=FACILITIES_ENVIRONMENT";
    static final String DEFAULT_CATEGORY = "BUSINESS_HANDLING";

    private final Map<String, String> table;
    private final String fallback;

    private CategoryMap(Map<String, String> table, String fallback) {
        this.table = table;
        this.fallback = fallback;
    }

    /**
     * @param table    {@code CODE=CATEGORY} pairs separated by commas or new lines; blank entries ignored
     * @param fallback the category for codes not in the table
     * @throws IllegalArgumentException for an entry without {@code =}
     */
    static CategoryMap parse(String table, String fallback) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String entry : table.split("[,;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("not CODE=CATEGORY: " + entry.strip());
            }
            entries.put(entry.substring(0, eq).strip().toUpperCase(Locale.ROOT), entry.substring(eq + 1).strip());
        }
        return new CategoryMap(Map.copyOf(entries), fallback.strip());
    }

    /**
     * The hall's category for a hotline code, among those on offer.
     *
     * @return empty when neither the mapped nor the default category is on offer
     */
    Optional<String> categoryFor(String hotlineCode, Set<String> offered) {
        String mapped = hotlineCode == null ? null : table.get(hotlineCode.strip().toUpperCase(Locale.ROOT));
        if (mapped != null && offered.contains(mapped)) {
            return Optional.of(mapped);
        }
        return offered.contains(fallback) ? Optional.of(fallback) : Optional.empty();
    }
}
