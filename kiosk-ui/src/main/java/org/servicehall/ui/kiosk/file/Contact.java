package org.servicehall.ui.kiosk.file;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.servicehall.ui.support.DigitEntry;
import org.servicehall.ui.support.Messages;

/** How the citizen may be reached: a phone number typed on the keypad, or not at all; and whether by SMS. */
public final class Contact implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Mobile numbers, or landlines with area code typed as digits only. */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{9,11}");

    private final DigitEntry phone = new DigitEntry(12);
    private boolean anonymous;
    /** The citizen asked to be told by SMS how it goes (offered once a phone number is given). */
    private boolean smsConsent;

    /** Takes the number typed when it is one; else says so. */
    boolean usePhone() {
        if (!PHONE.matcher(phone.getValue()).matches()) {
            Messages.error("error.complainantPhone.invalid");
            return false;
        }
        anonymous = false;
        return true;
    }

    void stayAnonymous() {
        anonymous = true;
        smsConsent = false;
        phone.clear();
    }

    /** The number to file, null for an anonymous complaint. */
    String phoneToFile() {
        return anonymous ? null : phone.getValue();
    }

    boolean consentsToSms() {
        return smsConsent && !anonymous;
    }

    /** The review step's switch: on when the citizen taps it, off when they tap it again. */
    public void toggleSmsConsent() {
        smsConsent = !anonymous && !smsConsent;
    }

    public DigitEntry getPhone() {
        return phone;
    }

    /** The phone number grouped for reading: 138 0013 8000. */
    public String getPhoneGrouped() {
        return phone.grouped(3, 4, 4);
    }

    /** How many more digits a mobile number needs, for the hint under the display. */
    public int getPhoneDigitsLeft() {
        return Math.max(0, 11 - phone.getValue().length());
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isSmsConsent() {
        return smsConsent;
    }

    public void setSmsConsent(boolean smsConsent) {
        this.smsConsent = smsConsent;
    }
}
