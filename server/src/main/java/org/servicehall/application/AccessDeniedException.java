package org.servicehall.application;

/** The caller may not do this, e.g. the staff member complained about tries to open the case. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public AccessDeniedException(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    /** A stable code: {@code recusal}, {@code role}, ... */
    public String reason() {
        return reason;
    }
}
