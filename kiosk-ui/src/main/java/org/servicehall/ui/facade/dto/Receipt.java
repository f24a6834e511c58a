package org.servicehall.ui.facade.dto;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What the citizen takes away after filing.
 *
 * @param status     the status code, e.g. {@code RECEIVED}; the screen translates it
 * @param receivedAt in the hall's time zone
 * @param queryCode  with the number, lets the citizen follow and rate the complaint
 * @param respondBy  the first-response deadline in the hall's time zone, on the working-day calendar
 */
public record Receipt(String trackingNumber, String status, Label category, LocalDateTime receivedAt,
                      String queryCode, LocalDateTime respondBy) implements Serializable {
}
