package org.servicehall.plugins.channel.email;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tracking numbers quoted in a mail, in the hall's format {@code TS-yyyyMMdd-nnnnn}. */
final class TrackingNumbers {

    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9])TS-\\d{8}-\\d{5,6}(?![0-9])", Pattern.CASE_INSENSITIVE);

    private TrackingNumbers() {
    }

    /** The first tracking number in the subject, else the first in the text. */
    static Optional<String> quotedIn(String subject, String text) {
        return first(subject).or(() -> first(text));
    }

    private static Optional<String> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text);
        return m.find() ? Optional.of(m.group().toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}
