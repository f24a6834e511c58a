package org.servicehall.infrastructure.persistence.migration;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

/**
 * {@code config/bin/migrate-derby-to-postgresql}: copies a stopped hall's Derby database (and its evidence
 * files) into a new PostgreSQL database (README: Migrating from Derby). Exit status 0 when every
 * table's rows and checksum match, 1 when a check failed, 2 when nothing was written (refused,
 * wrong arguments, unreachable database).
 */
public final class MigrateDerbyToPostgresql {

    static final String USAGE = """
            usage: migrate-derby-to-postgresql --derby DIR --postgresql JDBC-URL [--user NAME]
                                               [--evidence-from DIR] [--evidence-to DIR]
              --derby DIR          the Derby database folder (<data>/servicehall-db), the server stopped
              --postgresql URL     e.g. jdbc:postgresql://db.hall.example:5432/servicehall?sslmode=verify-full
              --user NAME          the PostgreSQL user (default: servicehall); the password comes from
                                   the environment, SERVICEHALL_DB_PASSWORD (or PGPASSWORD)
              --evidence-from DIR  the Derby server's evidence folder (<data>/evidence): every file the
                                   rows name is checked against its SHA-256 before anything is written
              --evidence-to DIR    the PostgreSQL server's evidence folder: the files are copied there""";

    private MigrateDerbyToPostgresql() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.getenv()));
    }

    /** Runs the migration; returns the exit status. */
    public static int run(String[] args, PrintStream out, Map<String, String> environment) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                out.println(USAGE);
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        if (!options.containsKey("derby") || !options.containsKey("postgresql")
                || !options.keySet().stream().allMatch(k -> USAGE.contains("--" + k + " "))) {
            out.println(USAGE);
            return 2;
        }
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Path derbyFolder = Path.of(options.get("derby")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(derbyFolder.resolve("service.properties"))) {
            out.println("not a Derby database folder: " + derbyFolder + " (it has no service.properties)");
            return 2;
        }
        String password = environment.getOrDefault("SERVICEHALL_DB_PASSWORD", environment.getOrDefault("PGPASSWORD", ""));
        Path evidenceFrom = options.containsKey("evidence-from") ? Path.of(options.get("evidence-from")) : null;
        Path evidenceTo = options.containsKey("evidence-to") ? Path.of(options.get("evidence-to")) : null;
        String derbyUrl = "jdbc:derby:" + derbyFolder;
        try (Connection derby = openDerby(derbyUrl);
             Connection postgresql = DriverManager.getConnection(options.get("postgresql"),
                     options.getOrDefault("user", "servicehall"), password)) {
            MigrationReport report = new DerbyToPostgresql(derby, postgresql, out::println)
                    .migrate(evidenceFrom, evidenceTo);
            report.nextValues().forEach((sequence, next) -> out.println("next value of " + sequence + ": " + next));
            if (!report.matches()) {
                out.println("MIGRATION CHECK FAILED: the tables marked DIFFERS do not match; do not start a server on"
                        + " the PostgreSQL database (drop it and migrate again)");
                return 1;
            }
            out.println("migrated " + report.tables().size() + " tables, rows and checksums equal; "
                    + report.evidenceFiles() + " evidence files checked");
            return 0;
        } catch (MigrationRefusedException e) {
            out.println("REFUSED, nothing written: " + e.getMessage());
            return 2;
        } catch (SQLException e) {
            out.println("FAILED: " + e.getMessage() + (e.getSQLState() != null && e.getSQLState().startsWith("XJ040")
                    ? " (is the server still running on this Derby database? stop it first)" : ""));
            return 2;
        } catch (Exception e) {
            out.println("FAILED: " + e);
            return 2;
        } finally {
            shutDown(derbyUrl);
        }
    }

    private static Connection openDerby(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    private static void shutDown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // a clean shutdown is reported as SQLState 08006
        }
    }
}
