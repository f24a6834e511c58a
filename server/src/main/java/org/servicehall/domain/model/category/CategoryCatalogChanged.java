package org.servicehall.domain.model.category;

import java.time.Instant;

/**
 * Announces that categories were added to or removed from the catalog.
 *
 * @param at when the change was seen
 */
public record CategoryCatalogChanged(Instant at) {
}
