package org.servicehall.ui.kiosk.file;

import java.io.Serializable;
import java.time.LocalDate;
import org.servicehall.ui.support.DayPicker;
import org.servicehall.ui.support.DigitEntry;
import org.servicehall.ui.support.Messages;

/** Whom the complaint concerns and when it happened, as far as the citizen knows and says. */
public final class Incident implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How far back "when did it happen" goes. */
    static final int EARLIEST_DAYS_AGO = 365;

    /** Whom the complaint concerns. */
    public enum Who {
        UNKNOWN, WINDOW, STAFF
    }

    /** When it happened. */
    public enum When {
        TODAY, YESTERDAY, EARLIER
    }

    private Who who;
    private final DigitEntry whoNumber = new DigitEntry(8);
    private When when;
    private DayPicker earlier;

    /** Takes whom it concerns; another choice than before forgets the number typed for the old one. */
    public void chooseWho(String choice) {
        Who chosen = Who.valueOf(choice);
        if (chosen != who) {
            whoNumber.clear();
        }
        who = chosen;
    }

    void chooseWhen(String choice, LocalDate today) {
        when = When.valueOf(choice);
        if (when == When.EARLIER && earlier == null) {
            earlier = new DayPicker(today.minusDays(2), today.minusDays(EARLIEST_DAYS_AGO), today.minusDays(2));
        }
    }

    /** A window or a staff member needs its number; says so when it is missing. */
    boolean numberOk() {
        if ((who == Who.WINDOW || who == Who.STAFF) && whoNumber.isEmpty()) {
            Messages.error("error.who.number");
            return false;
        }
        return true;
    }

    /** The day it happened, as said: today, yesterday, a picked earlier day, or nothing. */
    LocalDate day(LocalDate today) {
        if (when == null) {
            return null;
        }
        return switch (when) {
            case TODAY -> today;
            case YESTERDAY -> today.minusDays(1);
            case EARLIER -> earlier.getDay();
        };
    }

    String windowNumber() {
        return who == Who.WINDOW && !whoNumber.isEmpty() ? whoNumber.getValue() : null;
    }

    String staffNumber() {
        return who == Who.STAFF && !whoNumber.isEmpty() ? whoNumber.getValue() : null;
    }

    public Who getWho() {
        return who;
    }

    public DigitEntry getWhoNumber() {
        return whoNumber;
    }

    public When getWhen() {
        return when;
    }

    public DayPicker getEarlier() {
        return earlier;
    }
}
