package org.servicehall.ui.kiosk.file;

/** The questions of the details step; one per screen in elderly mode. */
public enum Section {
    WORDS, WHO, WHEN, FIELDS
}
