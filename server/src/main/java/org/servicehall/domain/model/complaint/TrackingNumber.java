package org.servicehall.domain.model.complaint;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a complaint is tracked by, e.g. {@code TS-20261128-00042}: a prefix, the day it was
 * received in the hall's time zone, and that day's running number (five digits, six after the
 * 99 999th complaint of a day). Short enough to read aloud at a window.
 */
public record TrackingNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("TS-\\d{8}-\\d{5,6}");
    /** What is left of a typed number once blanks and dashes are gone: the prefix is optional. */
    private static final Pattern TYPED = Pattern.compile("(?:TS)?(\\d{8})(\\d{5,6})");
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
        // every filing makes one: plain zero padding rather than a Formatter
        String digits = Long.toString(sequence);
        return new TrackingNumber("TS-" + DAY.format(day) + "-" + "0".repeat(Math.max(0, 5 - digits.length())) + digits);
    }

    /**
     * Reads what a person typed or pasted, wherever they typed it (kiosk keypad, website, window,
     * REST, a channel): surrounding blanks are ignored, letters may be lower case, the prefix and
     * the dashes may be left out, and full-width characters from a Chinese input method count as
     * their plain forms ({@code ＴＳ－２０２６…}). The day's number has five digits, or six after the
     * 99 999th complaint of a day. Empty when it cannot be a tracking number.
     */
    public static Optional<TrackingNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = Normalizer.normalize(text, Normalizer.Form.NFKC).strip()
                .toUpperCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015\u2212]", "");
        Matcher typed = TYPED.matcher(compact);
        if (!typed.matches()) {
            return Optional.empty();
        }
        return Optional.of(new TrackingNumber("TS-" + typed.group(1) + "-" + typed.group(2)));
    }

    /** The number's digits without prefix or dashes, as a keypad shows them: 13, or 14 for a six-digit day number. */
    public String digits() {
        return value.substring(3, 11) + value.substring(12);
    }

    @Override
    public String toString() {
        return value;
    }
}
