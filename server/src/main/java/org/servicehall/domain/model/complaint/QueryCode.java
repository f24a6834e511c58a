package org.servicehall.domain.model.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The short secret printed on a complaint's receipt (查询码): with the tracking number it lets the
 * complainant, and only them, follow and rate the complaint. Six digits, so that it can be typed on
 * a kiosk's numeric keypad; tracking numbers are sequential, so the code is what keeps strangers out.
 */
public record QueryCode(String value) {

    public static final int LENGTH = 6;

    private static final Pattern FORMAT = Pattern.compile("\\d{" + LENGTH + "}");
    private static final RandomGenerator RANDOM = new SecureRandom();

    public QueryCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a query code has " + LENGTH + " digits");
        }
    }

    /** A new code from a cryptographically strong source. */
    public static QueryCode random() {
        return random(RANDOM);
    }

    static QueryCode random(RandomGenerator random) {
        return new QueryCode(String.format("%0" + LENGTH + "d", random.nextInt(1_000_000)));
    }

    /** Whether a typed code is this one, compared in constant time. */
    public boolean matches(String typed) {
        return typed != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                typed.strip().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "******";
    }
}
