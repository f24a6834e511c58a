package org.servicehall.ui.kiosk.file;

/** The wizard's steps, in order; RECEIPT is not counted as a step. */
public enum Step {
    CATEGORY, PROBLEM, DETAILS, CONTACT, REVIEW, RECEIPT
}
