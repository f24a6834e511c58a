package org.servicehall.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicehall.domain.model.complaint.ComplaintStatus;

/** Change set 015's partial index serves the department queues only while it names their statuses. */
class PostgresqlQueueIndexTest {

    @Test
    void the_open_department_index_holds_exactly_the_statuses_a_department_works_on() throws IOException {
        String changeSet;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("db/changelog/changes/015-postgresql-open-department-index.xml")) {
            changeSet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher in = Pattern.compile("WHERE STATUS IN \\(([^)]*)\\)").matcher(changeSet);
        assertTrue(in.find(), changeSet);
        Set<String> indexed = Arrays.stream(in.group(1).split(","))
                .map(s -> s.strip().replace("'", "")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> queued = ComplaintStatus.withDepartment().stream().map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(queued, indexed);
    }
}
