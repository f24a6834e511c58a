/**
 * Moving a hall's data between databases: the copy of an embedded Derby database into PostgreSQL,
 * with its checks (row counts and checksums per table, identities and sequences, evidence files).
 * Run from the command line with the server stopped (config/bin/migrate-derby-to-postgresql runs
 * {@link org.servicehall.infrastructure.persistence.migration.MigrateDerbyToPostgresql}), never inside the server.
 */
package org.servicehall.infrastructure.persistence.migration;
