package org.servicehall.domain.model.complaint;

/** What a history entry records. */
public enum HistoryAction {
    /** The complaint was received through a channel and numbered. */
    FILED
}
