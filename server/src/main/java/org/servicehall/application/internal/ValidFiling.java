package org.servicehall.application.internal;

import org.servicehall.application.NotificationConsent;

import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.Complainant;

/**
 * A filing that passed every input check.
 *
 * @param details what the citizen tapped and answered beyond the description; never null
 * @param consent whether the complainant may be told by SMS or e-mail; never null (none for anonymous)
 */
record ValidFiling(Channel channel, Category category, String description, Complainant complainant,
                   String terminal, String idempotencyKey, FiledDetails details, NotificationConsent consent) {

    ValidFiling(Channel channel, Category category, String description, Complainant complainant,
                String terminal, String idempotencyKey, FiledDetails details) {
        this(channel, category, description, complainant, terminal, idempotencyKey, details, NotificationConsent.none());
    }
}
