package org.servicehall.plugins.notify.sms;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers between the hall and the gateway. The hall stores a mainland mobile number as the
 * citizen typed it (11 digits); gateways want digits, and report a reply's sender sometimes with the
 * country code.
 */
final class Phones {

    private static final Pattern DIALABLE = Pattern.compile("\\+?[0-9]{3,20}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()\\-.]");
    private static final Pattern MAINLAND_MOBILE_WITH_COUNTRY = Pattern.compile("(?:\\+|00)?86(1[0-9]{10})");

    private Phones() {
    }

    /**
     * The number to send to, without spaces, dashes or brackets; empty when it is not a phone
     * number (never shown: it may be anything a citizen typed).
     */
    static Optional<String> dialable(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String number = SEPARATORS.matcher(phone).replaceAll("");
        return DIALABLE.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }

    /** Whether a dialable number is written in international form (+country...). */
    static boolean international(String dialable) {
        return dialable.startsWith("+");
    }

    /** The digits a gateway sends to (without the {@code +} of the international form). */
    static String digits(String dialable) {
        return international(dialable) ? dialable.substring(1) : dialable;
    }

    /**
     * A reply's sender as the hall stores it: a mainland mobile number with the country code
     * ({@code 8613800138000}, {@code +86...}, {@code 0086...}) as its 11 digits, any other as it came.
     */
    static String asStored(String sender) {
        String number = SEPARATORS.matcher(sender == null ? "" : sender).replaceAll("");
        var mainland = MAINLAND_MOBILE_WITH_COUNTRY.matcher(number);
        return mainland.matches() ? mainland.group(1) : number;
    }
}
