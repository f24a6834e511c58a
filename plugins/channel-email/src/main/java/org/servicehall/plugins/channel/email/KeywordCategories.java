package org.servicehall.plugins.channel.email;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Words in a mail to the hall's categories, from the setting {@code category.map}
 * ({@code 态度=SERVICE_ATTITUDE,rude=SERVICE_ATTITUDE,...}): the first entry, in table order, whose
 * word occurs in the subject or body (ignoring case) decides; a mail matching none, or mapped to a
 * category not on offer, goes to {@code category.default}, and when that is not on offer either, to
 * the first category on offer.
 */
final class KeywordCategories {

    /** Used when the setting is absent. */
    static final String DEFAULT_TABLE = "态度=SERVICE_ATTITUDE,服务差=SERVICE_ATTITUDE,刁难=SERVICE_ATTITUDE,"
            + "attitude=SERVICE_ATTITUDE,rude=SERVICE_ATTITUDE,"
            + "政策=POLICY_CONSULTATION,咨询=POLICY_CONSULTATION,policy=POLICY_CONSULTATION,"
            + "设施=FACILITIES_ENVIRONMENT,环境=FACILITIES_ENVIRONMENT,卫生间=FACILITIES_ENVIRONMENT,"
            + "厕所=FACILITIES_ENVIRONMENT,facilities=FACILITIES_ENVIRONMENT,toilet=FACILITIES_ENVIRONMENT,"
            + "排队=BUSINESS_HANDLING,办理=BUSINESS_HANDLING,queue=BUSINESS_HANDLING";
    static final String DEFAULT_CATEGORY = "BUSINESS_HANDLING";

    private final Map<String, String> table;
    private final String fallback;

    private KeywordCategories(Map<String, String> table, String fallback) {
        this.table = table;
        this.fallback = fallback;
    }

    /**
     * @param table    {@code word=CATEGORY} pairs separated by commas, semicolons or new lines; blank entries ignored
     * @param fallback the category for mail matching no word
     * @throws IllegalArgumentException for an entry without a word or a category
     */
    static KeywordCategories parse(String table, String fallback) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String entry : table.split("[,;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1 || entry.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("not word=CATEGORY");
            }
            entries.putIfAbsent(entry.substring(0, eq).strip().toLowerCase(Locale.ROOT), entry.substring(eq + 1).strip());
        }
        return new KeywordCategories(entries, fallback == null ? "" : fallback.strip());
    }

    /**
     * The category for a mail's text, among those on offer (in display order).
     *
     * @return empty only when no category is on offer at all
     */
    Optional<String> categoryFor(String text, Set<String> offered, Optional<String> firstOffered) {
        String haystack = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : table.entrySet()) {
            if (haystack.contains(e.getKey()) && offered.contains(e.getValue())) {
                return Optional.of(e.getValue());
            }
        }
        return offered.contains(fallback) ? Optional.of(fallback) : firstOffered;
    }
}
