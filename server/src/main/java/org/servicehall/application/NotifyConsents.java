package org.servicehall.application;

import java.time.Instant;
import java.util.Optional;

/** The complainants' consents to be told, kept with the complaint's tracking number. */
public interface NotifyConsents {

    /**
     * A consent as kept.
     *
     * @param lastSequence the last step of the complaint its complainant was told about (or was not to be)
     */
    record Consent(String trackingNumber, boolean bySms, String phone, String email, Instant givenAt,
                   Instant withdrawnAt, int lastSequence) {

        public boolean active() {
            return withdrawnAt == null && (bySms && phone != null || email != null);
        }
    }

    /** Keeps a consent given at filing, in the filing's transaction. */
    void give(String trackingNumber, boolean bySms, String phone, String email, Instant at, int lastSequence);

    Optional<Consent> of(String trackingNumber);

    /** Moves on the last step told about. */
    void told(String trackingNumber, int lastSequence);

    /**
     * Withdraws every active consent given with this phone number or e-mail address.
     *
     * @return how many were withdrawn
     */
    int withdraw(String phoneOrEmail, Instant at);
}
