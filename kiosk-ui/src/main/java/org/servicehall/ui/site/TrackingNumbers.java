package org.servicehall.ui.site;

/**
 * A tracking number as people type or paste it: {@code TS-20261128-00042}, {@code ts 20261128 00042}
 * or just its 13 digits all mean the same complaint.
 */
final class TrackingNumbers {

    static final int DIGITS = 13;

    private TrackingNumbers() {
    }

    /** The number in its written form, or null when it does not have exactly 13 digits. */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[^0-9]", "");
        if (digits.length() != DIGITS) {
            return null;
        }
        return "TS-" + digits.substring(0, 8) + "-" + digits.substring(8);
    }

    /** Digits only: the query code or the phone's last four, with spaces typed around them removed. */
    static String digits(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }
}
