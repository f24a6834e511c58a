package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.util.List;

/**
 * A page of a queue and how many rows all pages hold; with {@code totalCapped} more than
 * {@code total} (a long queue is not counted to its end: shown as "10 000+").
 */
public record QueuePage(List<QueueRow> rows, long total, boolean totalCapped) implements Serializable {

    public QueuePage {
        rows = List.copyOf(rows);
    }

    /** A page whose total is exact. */
    public QueuePage(List<QueueRow> rows, long total) {
        this(rows, total, false);
    }
}
