package org.servicehall.application;

import java.time.Instant;

/**
 * Backups a hall's IT staff take while the hall keeps working: on embedded Derby the server copies
 * its own database online ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}) and then the evidence files;
 * on PostgreSQL the database's own tools do it ({@code pg_dump}), so the server refuses.
 */
public interface Backups {

    /**
     * Takes a backup into a new folder under the backup directory. Filings go on meanwhile; every
     * complaint committed before the call is in it, with the evidence files its rows name.
     *
     * @throws UnsupportedDatabaseException when the database backs itself up (PostgreSQL)
     * @throws BackupInProgressException when another backup of this server is still running
     */
    Backup take(String actor);

    /**
     * One backup.
     *
     * @param name          the folder's name under the backup directory (UTC time of the start)
     * @param database      the database product it copied (Apache Derby)
     * @param location      the folder on the server's disk: {@code servicehall-db/} and {@code evidence/}
     * @param evidenceFiles how many evidence files were copied, and their bytes
     */
    record Backup(String name, String database, String location, Instant startedAt, Instant finishedAt,
                  int evidenceFiles, long evidenceBytes) {
    }

    /** The database is backed up with its own tools, not through the server. */
    final class UnsupportedDatabaseException extends RuntimeException {
        private final String database;

        public UnsupportedDatabaseException(String database) {
            super("online backup through the server is for embedded Derby; this database is " + database);
            this.database = database;
        }

        public String database() {
            return database;
        }
    }

    /** A second backup while one runs would only slow both down. */
    final class BackupInProgressException extends RuntimeException {
        public BackupInProgressException() {
            super("a backup is already running");
        }
    }
}
