package org.servicehall.infrastructure.persistence.migration;

import java.util.List;
import java.util.Map;

/** What was copied and checked. */
public record MigrationReport(List<TableCheck> tables, Map<String, Long> nextValues, int evidenceFiles,
                              long evidenceBytes) {

    public boolean matches() {
        return tables.stream().allMatch(TableCheck::matches);
    }
}
