package org.servicehall.ui.kiosk;

import java.io.Serializable;
import org.servicehall.ui.support.DigitEntry;
import org.servicehall.ui.support.Messages;

/**
 * What a citizen types to reach their own complaint: the 13 digits of the tracking number (the
 * prefix and dashes are added for them) and a proof, the receipt's 6-digit query code or the
 * phone's last 4 digits. Counts refusals: after {@value #MAX_REFUSALS}, this screen takes no more.
 */
public class ComplaintKey implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DIGITS = 13;
    static final int MAX_REFUSALS = 5;

    private final DigitEntry number = new DigitEntry(DIGITS);
    private final DigitEntry proof = new DigitEntry(6);
    private int refusals;

    boolean numberComplete() {
        if (!number.isFull()) {
            Messages.error("kiosk.key.numberIncomplete");
            return false;
        }
        return true;
    }

    /** @param phoneAllowed whether the phone's last four digits count as proof, or only the query code */
    boolean proofComplete(boolean phoneAllowed) {
        if (isLocked()) {
            Messages.error("kiosk.key.locked");
            return false;
        }
        int length = proof.getValue().length();
        if (length != 6 && !(phoneAllowed && length == 4)) {
            Messages.error(phoneAllowed ? "kiosk.key.proofIncomplete" : "kiosk.key.codeIncomplete");
            return false;
        }
        return true;
    }

    /** The number and proof did not fit: the citizen checks both and tries again. */
    void refused() {
        refusals++;
        proof.clear();
        Messages.error(isLocked() ? "kiosk.key.locked" : "kiosk.key.refused");
    }

    void clear() {
        number.clear();
        proof.clear();
    }

    public boolean isLocked() {
        return refusals >= MAX_REFUSALS;
    }

    public DigitEntry getNumber() {
        return number;
    }

    public DigitEntry getProof() {
        return proof;
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
