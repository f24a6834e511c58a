package org.servicehall.application;

/**
 * A complainant's choice at filing to be told how their complaint goes: by SMS at the phone
 * number they gave, and (on the public site) by e-mail. Anonymous complainants are never told.
 *
 * @param bySms  agreed to SMS at the complaint's phone number
 * @param email  the address they agreed to be written to, or null
 */
public record NotificationConsent(boolean bySms, String email) {

    public static NotificationConsent none() {
        return new NotificationConsent(false, null);
    }

    public NotificationConsent {
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /** Agreed to at least one way. */
    public boolean given() {
        return bySms || email != null;
    }
}
