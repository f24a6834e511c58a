package org.servicehall.ui.facade.dto;

import java.io.Serializable;

/**
 * What a citizen entered on the kiosk.
 *
 * @param terminal       the kiosk's terminal id
 * @param idempotencyKey one key per filing, the same for every repeat of the same submit
 */
public record FilingForm(String categoryCode, String description, String phone, boolean anonymous,
                         String terminal, String idempotencyKey) implements Serializable {
}
