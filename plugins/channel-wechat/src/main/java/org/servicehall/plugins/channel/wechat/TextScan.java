package org.servicehall.plugins.channel.wechat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbers a follower's text may carry: a tracking number, a mobile number. */
final class TextScan {

    /** The hall's numbers, e.g. {@code TS-20260301-00042}; also typed in lower case or with spaces. */
    static final Pattern TRACKING_NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9])[Tt][Ss]\\s*[-－—_]?\\s*(\\d{8})\\s*[-－—_]?\\s*(\\d{5,6})(?!\\d)");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    private TextScan() {
    }

    /** A tracking number in the text, in the hall's form. */
    static Optional<String> trackingNumber(String text) {
        Matcher m = TRACKING_NUMBER.matcher(text);
        return m.find() ? Optional.of("TS-" + m.group(1) + "-" + m.group(2)) : Optional.empty();
    }

    /** A mobile number in the text, taken as the complainant's contact. */
    static Optional<String> phone(String text) {
        Matcher m = MOBILE.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }
}
