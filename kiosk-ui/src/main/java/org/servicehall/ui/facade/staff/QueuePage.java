package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.util.List;

/** A page of a queue and how many rows all pages hold. */
public record QueuePage(List<QueueRow> rows, long total) implements Serializable {

    public QueuePage {
        rows = List.copyOf(rows);
    }
}
