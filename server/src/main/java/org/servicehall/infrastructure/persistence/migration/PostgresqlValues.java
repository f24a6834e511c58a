package org.servicehall.infrastructure.persistence.migration;

import java.sql.Blob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/** A Derby column value as PostgreSQL keeps it: what is copied, and what both checksums see. */
final class PostgresqlValues {

    private PostgresqlValues() {
    }

    /** Derby keeps nanoseconds, PostgreSQL microseconds: rounded half up, as the PostgreSQL driver does. */
    static Object of(Object value) throws SQLException {
        if (value instanceof Blob blob) {
            // Derby's BLOB (evidence chunks of at most 1 MiB) is PostgreSQL's BYTEA
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof Timestamp timestamp && timestamp.getNanos() % 1_000 != 0) {
            LocalDateTime exact = timestamp.toLocalDateTime();
            long micros = (exact.getNano() + 500L) / 1_000;
            return Timestamp.valueOf(exact.withNano(0).plusNanos(micros * 1_000));
        }
        return value;
    }
}
