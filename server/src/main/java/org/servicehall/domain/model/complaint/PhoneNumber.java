package org.servicehall.domain.model.complaint;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in mainland China as citizens give it: a mobile number of 11 digits starting
 * with 1, or a landline with area code (e.g. {@code 010-12345678}). Stored without spaces. Outside
 * systems (Open311 clients) may also give a number in international format ({@code +44 20 7946
 * 0000}), kept as {@code +} and its digits (E.164); {@code +86} numbers become domestic ones.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    /** E.164 outside China: a Chinese number is kept in its domestic form, so that one complainant has one number. */
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+(?!86)[1-9]\\d{6,14}");

    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        if (!MOBILE.matcher(value).matches() && !LANDLINE.matcher(value).matches() && !INTERNATIONAL.matcher(value).matches()) {
            throw new IllegalArgumentException("not a phone number");
        }
    }

    /** Reads a typed number, ignoring spaces; empty when it is not a valid number. */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s]", "");
        if (MOBILE.matcher(compact).matches() || LANDLINE.matcher(compact).matches()) {
            return Optional.of(new PhoneNumber(compact));
        }
        return Optional.empty();
    }

    /**
     * Reads a number as an outside system gives it: domestic as {@link #parse}, or international
     * with {@code +} or {@code 00} and the country code, spaces, dashes, dots and brackets ignored.
     * A Chinese number ({@code +86}) becomes the domestic form, so that it matches the same
     * complainant's filings from the hall.
     */
    public static Optional<PhoneNumber> parseInternational(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.strip().replaceAll("[\\s().-]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (!compact.startsWith("+")) {
            return parse(text);
        }
        if (compact.startsWith("+86")) {
            String national = compact.substring(3);
            if (MOBILE.matcher(national).matches()) {
                return Optional.of(new PhoneNumber(national));
            }
            return LANDLINE.matcher("0" + national).matches() ? Optional.of(new PhoneNumber("0" + national)) : Optional.empty();
        }
        return INTERNATIONAL.matcher(compact).matches() ? Optional.of(new PhoneNumber(compact)) : Optional.empty();
    }

    /** The number with the middle hidden, e.g. {@code 138****5678}, for roles that need no contact. */
    public String masked() {
        String digits = value.replace("-", "");
        if (digits.length() <= 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
