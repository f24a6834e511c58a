package org.servicehall.plugin.api.escalation;

/**
 * Whom or what complaints can be about, for {@link RuleContext#recentTrackingNumbers}: each names
 * the value of a {@link ComplaintSnapshot} that identifies it.
 *
 * @since 1.1
 */
public enum Subject {
    /** The complainant, by {@link ComplaintSnapshot#complainantPhoneHash()} (equal hashes: the same phone). */
    COMPLAINANT_PHONE_HASH,
    /** The staff member complained about, by {@link ComplaintSnapshot#staffComplainedAboutId()}. */
    STAFF,
    /** The service window complained about, by {@link ComplaintSnapshot#windowComplainedAbout()}. */
    WINDOW
}
