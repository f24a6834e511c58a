package org.servicehall.domain.model.complaint;

/** Where a complaint stands in the handling process. */
public enum ComplaintStatus {
    /** Filed through a channel and numbered; nobody has acted on it yet. */
    RECEIVED
}
