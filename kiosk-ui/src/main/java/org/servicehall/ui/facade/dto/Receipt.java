package org.servicehall.ui.facade.dto;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What the citizen takes away after filing.
 *
 * @param status     the status code, e.g. {@code RECEIVED}; the screen translates it
 * @param receivedAt in the hall's time zone
 */
public record Receipt(String trackingNumber, String status, Label category, LocalDateTime receivedAt)
        implements Serializable {
}
