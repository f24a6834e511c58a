package org.servicehall.interfaces.rest;

import java.time.Instant;

/**
 * The receipt for a filed complaint.
 *
 * @param repeated  true when the request repeated an earlier one and nothing new was filed
 * @param queryCode the six digits that, with the tracking number, prove the complaint is the
 *                  caller's (header {@code Query-Code} of the status); keep it as a receipt keeps it
 */
public record FilingResponse(String trackingNumber, String status, String statusLabel, CategoryJson category,
                             Instant receivedAt, String statusUrl, boolean repeated, String queryCode) {
}
