package org.servicehall.ui.site;

/**
 * What people type around digits on the website: the query code or the phone's last four, with the
 * spaces and dashes typed between them removed. Tracking numbers are read by the system's one
 * parser ({@code KioskFacade.trackingNumber}).
 */
final class TypedDigits {

    private TypedDigits() {
    }

    /** Digits only: the query code or the phone's last four, with spaces typed around them removed. */
    static String digits(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }
}
