package org.servicehall.ui.facade.staff;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An improvement action (整改). */
public record Improvement(long id, String title, String description, String owner, String ownerName, LocalDate dueOn,
                          String status, String progress, String outcome, List<String> cases, boolean overdue)
        implements Serializable {
}
