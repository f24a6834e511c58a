package org.servicehall.application.internal;

import org.servicehall.domain.model.category.Category;
import org.servicehall.domain.model.complaint.Channel;
import org.servicehall.domain.model.complaint.Complainant;

/** A filing that passed every input check. */
record ValidFiling(Channel channel, Category category, String description, Complainant complainant,
                   String terminal, String idempotencyKey) {
}
