package org.servicehall.application.internal;

import org.servicehall.application.NotificationConsent;

import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.Complainant;

/**
 * A filing that passed every input check: what {@link FilingValidator} makes of an
 * {@link org.servicehall.application.UncheckedFiling}, and what {@link ComplaintFiling} stores.
 *
 * @param details what the citizen tapped and answered beyond the description; never null
 * @param consent whether the complainant may be told by SMS or e-mail; never null (none for anonymous)
 */
record CheckedFiling(Channel channel, Category category, String description, Complainant complainant,
                     String terminal, String idempotencyKey, CheckedDetails details, NotificationConsent consent) {

    CheckedFiling(Channel channel, Category category, String description, Complainant complainant,
                  String terminal, String idempotencyKey, CheckedDetails details) {
        this(channel, category, description, complainant, terminal, idempotencyKey, details, NotificationConsent.none());
    }
}
