package org.servicehall.domain.model.complaint;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into search terms the database can index: pairs of neighbouring Chinese characters
 * (the usual way to index Chinese without a dictionary), and Latin words and numbers of two or
 * more characters, lower-cased. A query matches a complaint that has all the query's terms.
 */
public final class SearchTerms {

    /** A complaint is indexed by at most this many terms (its first ones). */
    public static final int MAX_TERMS = 64;
    public static final int MAX_TERM_LENGTH = 20;

    private SearchTerms() {
    }

    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        int[] points = text.codePoints().toArray();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < points.length && terms.size() < MAX_TERMS; i++) {
            int c = points[i];
            if (isHan(c)) {
                flush(word, terms);
                if (i + 1 < points.length && isHan(points[i + 1])) {
                    terms.add(new StringBuilder().appendCodePoint(c).appendCodePoint(points[i + 1]).toString());
                } else if (i == 0 || !isHan(points[i - 1])) {
                    terms.add(new StringBuilder().appendCodePoint(c).toString());
                }
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else {
                flush(word, terms);
            }
        }
        flush(word, terms);
        return terms;
    }

    private static void flush(StringBuilder word, Set<String> terms) {
        if (word.length() >= 2 && terms.size() < MAX_TERMS) {
            String term = word.toString().toLowerCase(Locale.ROOT);
            terms.add(term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term);
        }
        word.setLength(0);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
