package org.servicehall.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Stage 5: improvement actions (整改) raised from complaints, tracked to closure. */
public interface Improvements {

    List<ActionView> all();

    ActionView raise(String title, String description, String owner, LocalDate dueOn, List<String> trackingNumbers);

    ActionView reportProgress(long id, String progress);

    ActionView close(long id, boolean done, String outcome);

    record ActionView(long id, long version, String title, String description, String owner, LocalDate dueOn,
                      String status, String progress, Instant createdAt, String createdBy, Instant closedAt,
                      String outcome, List<String> cases, boolean overdue) {
    }
}
