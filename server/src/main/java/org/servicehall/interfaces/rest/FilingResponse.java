package org.servicehall.interfaces.rest;

import java.time.Instant;

/**
 * The receipt for a filed complaint.
 *
 * @param repeated true when the request repeated an earlier one and nothing new was filed
 */
public record FilingResponse(String trackingNumber, String status, String statusLabel, CategoryJson category,
                             Instant receivedAt, String statusUrl, boolean repeated) {
}
