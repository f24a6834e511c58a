package org.servicehall.application;

/** No complaint has this tracking number, or the caller may not know about it. */
public class CaseNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseNotFoundException(String trackingNumber) {
        super("no complaint " + trackingNumber, null, false, false);
    }
}
