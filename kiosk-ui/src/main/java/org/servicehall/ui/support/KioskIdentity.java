package org.servicehall.ui.support;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Which kiosk this is and how it behaves, as IT configured it on the kiosk's start URL: kept in a
 * cookie of the kiosk's browser, because every citizen's session ends when they are done.
 *
 * @param terminal         the terminal id recorded with each complaint filed here
 * @param idleSeconds      null: the system's default
 * @param countdownSeconds null: the system's default
 * @param printer          whether a receipt printer is attached
 */
public record KioskIdentity(String terminal, Integer idleSeconds, Integer countdownSeconds, boolean printer)
        implements Serializable {

    public static final String COOKIE = "SH_KIOSK";
    public static final String DEFAULT_TERMINAL = "KIOSK";
    public static final int MAX_AGE_SECONDS = 400 * 24 * 3600;
    public static final KioskIdentity DEFAULT = new KioskIdentity(DEFAULT_TERMINAL, null, null, true);

    private static final Pattern TERMINAL = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final int MAX_SECONDS = 3600;

    /** This identity with the valid ones of the given values; nulls and invalid values change nothing. */
    public KioskIdentity with(String newTerminal, Integer idle, Integer countdown, Boolean hasPrinter) {
        return new KioskIdentity(
                newTerminal != null && TERMINAL.matcher(newTerminal).matches() ? newTerminal : terminal,
                seconds(idle) != null ? idle : idleSeconds,
                seconds(countdown) != null ? countdown : countdownSeconds,
                hasPrinter != null ? hasPrinter : printer);
    }

    /** The cookie value: {@code t.HALL1-K01~i.60~c.20~p.1} (only characters cookies allow unquoted). */
    public String format() {
        StringBuilder value = new StringBuilder("t.").append(terminal);
        if (idleSeconds != null) {
            value.append("~i.").append(idleSeconds);
        }
        if (countdownSeconds != null) {
            value.append("~c.").append(countdownSeconds);
        }
        return value.append("~p.").append(printer ? 1 : 0).toString();
    }

    /** Reads a cookie value; anything unreadable gives the default identity. */
    public static KioskIdentity parse(String value) {
        KioskIdentity identity = DEFAULT;
        if (value == null) {
            return identity;
        }
        for (String part : value.split("~")) {
            if (part.length() < 3 || part.charAt(1) != '.') {
                continue;
            }
            String v = part.substring(2);
            switch (part.charAt(0)) {
                case 't' -> identity = identity.with(v, null, null, null);
                case 'i' -> identity = identity.with(null, number(v), null, null);
                case 'c' -> identity = identity.with(null, null, number(v), null);
                case 'p' -> identity = identity.with(null, null, null, !"0".equals(v));
                default -> { }
            }
        }
        return identity;
    }

    private static Integer seconds(Integer seconds) {
        return seconds != null && seconds >= 1 && seconds <= MAX_SECONDS ? seconds : null;
    }

    private static Integer number(String text) {
        return text.matches("\\d{1,4}") ? Integer.valueOf(text) : null;
    }
}
