package org.servicehall.ui.kiosk;

import java.io.Serializable;
import org.servicehall.ui.facade.dto.CitizenAction;
import org.servicehall.ui.support.DigitEntry;
import org.servicehall.ui.support.Messages;

/**
 * What a citizen types to reach their own complaint: the digits of the tracking number (13, or 14
 * after the 99 999th complaint of a day; the prefix and dashes are added for them) and the
 * receipt's 6-digit query code. The system counts
 * wrong codes per number, whatever screen or channel they were typed on, so a reload or another
 * kiosk starts nothing afresh; once it has locked the number this screen takes no more codes and
 * sends the citizen to a window.
 */
public class ComplaintKey implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The day (8 digits) and its number: five digits, six after the 99 999th complaint of a day. */
    static final int DIGITS = 13;
    static final int MAX_DIGITS = 14;
    static final int CODE_DIGITS = 6;

    private final DigitEntry number = new DigitEntry(MAX_DIGITS);
    private final DigitEntry code = new DigitEntry(CODE_DIGITS);
    private boolean locked;

    boolean numberComplete() {
        int typed = number.getValue().length();
        if (typed < DIGITS || typed > MAX_DIGITS) {
            Messages.error("kiosk.key.numberIncomplete");
            return false;
        }
        return true;
    }

    boolean codeComplete() {
        if (locked) {
            Messages.error("kiosk.key.locked");
            return false;
        }
        if (code.getValue().length() != CODE_DIGITS) {
            Messages.error("kiosk.key.codeIncomplete");
            return false;
        }
        return true;
    }

    /**
     * What the system answered to the number and code, when it did not show the complaint: a pair
     * that does not fit (the citizen checks both and tries again), or a locked number.
     */
    void refused(CitizenAction answer) {
        code.clear();
        if (answer.isLocked()) {
            locked = true;
            Messages.error("kiosk.key.locked");
        } else {
            Messages.error("kiosk.key.refused");
        }
    }

    void clear() {
        number.clear();
        code.clear();
        locked = false;
    }

    /** Whether the system has locked the number after too many wrong codes: only a window helps now. */
    public boolean isLocked() {
        return locked;
    }

    public DigitEntry getNumber() {
        return number;
    }

    public DigitEntry getCode() {
        return code;
    }

    /** What the citizen typed so far, shown as TS-yyyyMMdd-nnnnn. */
    public String getTrackingNumber() {
        String digits = number.getValue();
        if (digits.length() <= 8) {
            return "TS-" + digits;
        }
        return "TS-" + digits.substring(0, 8) + "-" + digits.substring(8);
    }
}
