package org.servicehall.domain.model.complaint;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in mainland China as citizens give it: a mobile number of 11 digits starting
 * with 1, or a landline with area code (e.g. {@code 010-12345678}). Stored without spaces.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        if (!MOBILE.matcher(value).matches() && !LANDLINE.matcher(value).matches()) {
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
