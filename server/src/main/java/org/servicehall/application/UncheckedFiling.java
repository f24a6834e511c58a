package org.servicehall.application;

/**
 * A citizen's complaint as it arrives from a channel, before any check. Every field may be
 * missing or wrong; {@link ComplaintIntake#file} says which. What passes the checks is filed as a
 * {@code CheckedFiling}; the complaint stored from it keeps the details as {@code FilingDetail}s.
 *
 * @param channel          channel code, e.g. {@code KIOSK}
 * @param categoryCode     a category on offer
 * @param description      what happened, in the complainant's words
 * @param complainantName  optional; not with {@code anonymous}
 * @param complainantPhone required unless {@code anonymous}
 * @param anonymous        the complainant chose not to be contacted
 * @param terminal         the kiosk or window terminal id, if any
 * @param idempotencyKey   a key the channel sends again when it repeats a submission
 * @param details          what else the complainant told, mostly by tapping (kiosk); may be null.
 *                         With common problems tapped, the description may be left blank.
 * @param consent          whether the complainant agreed to be told by SMS or e-mail; never null
 */
public record UncheckedFiling(String channel, String categoryCode, String description,
                              String complainantName, String complainantPhone, Boolean anonymous,
                              String terminal, String idempotencyKey, UncheckedDetails details,
                              NotificationConsent consent) {

    public UncheckedFiling {
        consent = consent == null ? NotificationConsent.none() : consent;
    }

    /** A filing whose complainant did not agree to be told anything. */
    public UncheckedFiling(String channel, String categoryCode, String description, String complainantName,
                           String complainantPhone, Boolean anonymous, String terminal, String idempotencyKey,
                           UncheckedDetails details) {
        this(channel, categoryCode, description, complainantName, complainantPhone, anonymous, terminal,
                idempotencyKey, details, null);
    }

    /** A filing with a description only, as channels without quick-picks send it. */
    public UncheckedFiling(String channel, String categoryCode, String description, String complainantName,
                           String complainantPhone, Boolean anonymous, String terminal, String idempotencyKey) {
        this(channel, categoryCode, description, complainantName, complainantPhone, anonymous, terminal,
                idempotencyKey, null);
    }
}
