package org.servicehall.ui.support;

import java.io.Serializable;

/**
 * Digits typed on an on-screen keypad, up to a maximum length. Kiosks have no keyboard; this is
 * what the keypad component edits.
 */
public class DigitEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int maxLength;
    private final StringBuilder digits = new StringBuilder();

    public DigitEntry(int maxLength) {
        this.maxLength = maxLength;
    }

    /** Appends one digit; anything that is not a single digit, or beyond the maximum, is ignored. */
    public void press(String key) {
        if (key != null && key.length() == 1 && Character.isDigit(key.charAt(0)) && digits.length() < maxLength) {
            digits.append(key);
        }
    }

    public void backspace() {
        if (digits.length() > 0) {
            digits.setLength(digits.length() - 1);
        }
    }

    public void clear() {
        digits.setLength(0);
    }

    public String getValue() {
        return digits.toString();
    }

    public boolean isEmpty() {
        return digits.length() == 0;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public boolean isFull() {
        return digits.length() == maxLength;
    }

    /** The digits in groups for reading, e.g. {@code 138 0013 8000} for a mobile number. */
    public String grouped(int... groups) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int size : groups) {
            if (at >= digits.length()) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(digits, at, Math.min(digits.length(), at + size));
            at += size;
        }
        if (at < digits.length()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(digits, at, digits.length());
        }
        return out.toString();
    }
}
