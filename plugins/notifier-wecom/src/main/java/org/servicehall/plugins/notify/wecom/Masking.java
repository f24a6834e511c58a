package org.servicehall.plugins.notify.wecom;

import java.util.regex.Pattern;

/** Phone numbers, ID card numbers and e-mail addresses masked, for text that leaves the hall. */
final class Masking {

    private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])([1-9][0-9]{2})[0-9]{11}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");

    private Masking() {
    }

    static String mask(String text) {
        String masked = ID_CARD.matcher(text).replaceAll("$1***********$2");
        masked = MOBILE.matcher(masked).replaceAll("$1****$2");
        return EMAIL.matcher(masked).replaceAll("***@$1");
    }
}
