package org.servicehall.domain.model.complaint;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number a complaint is tracked by, e.g. {@code TS-20261128-00042}: a prefix, the day it was
 * received in the hall's time zone, and that day's running number (five digits, six after the
 * 99 999th complaint of a day). Short enough to read aloud at a window.
 */
public record TrackingNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("TS-\\d{8}-\\d{5,6}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public TrackingNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a tracking number: " + value);
        }
    }

    /** The {@code sequence}th complaint received on {@code day} (1-based). */
    public static TrackingNumber of(LocalDate day, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return new TrackingNumber("TS-" + DAY.format(day) + "-" + String.format("%05d", sequence));
    }

    /**
     * Reads what a person typed: surrounding blanks are ignored, letters may be lower case, and
     * the dashes may be left out. Empty when it cannot be a tracking number.
     */
    public static Optional<TrackingNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
        if (!compact.matches("TS\\d{13,14}")) {
            return Optional.empty();
        }
        return Optional.of(new TrackingNumber("TS-" + compact.substring(2, 10) + "-" + compact.substring(10)));
    }

    @Override
    public String toString() {
        return value;
    }
}
