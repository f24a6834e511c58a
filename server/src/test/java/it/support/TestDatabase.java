package it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The database the tests run on ({@code servicehall.it.database}: derby or postgresql) and the
 * PostgreSQL cluster the build started (src/test/postgresql/test-cluster.sh), for tests that make
 * databases of their own in it and run its tools (pg_dump, pg_restore).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** derby or postgresql: the database of the server these tests run against. */
    public static String kind() {
        return System.getProperty("servicehall.it.database", "derby");
    }

    public static boolean postgresqlAvailable() {
        return !"false".equals(System.getProperty("servicehall.it.postgresql"))
                && System.getProperty("servicehall.it.pg.port", "").matches("\\d+");
    }

    public static String user() {
        return System.getProperty("servicehall.it.pg.user");
    }

    public static String password() {
        return System.getProperty("servicehall.it.pg.password");
    }

    public static int port() {
        return Integer.parseInt(System.getProperty("servicehall.it.pg.port"));
    }

    /** The database the PostgreSQL test server uses. */
    public static String serverDatabase() {
        return System.getProperty("servicehall.it.pg.database");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user(), password());
    }

    /** A new, empty database in the cluster (dropped first if a failed run left it). */
    public static void create(String database) throws SQLException {
        requireName(database);
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        }
    }

    public static void drop(String database) throws SQLException {
        requireName(database);
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Runs one of the cluster's client tools (pg_dump, pg_restore, psql) with the password set. */
    public static String tool(String name, String... arguments) throws IOException, InterruptedException {
        Path bin = Path.of(Files.readString(clusterDir().resolve("bin"), StandardCharsets.UTF_8).strip());
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(name).toString());
        command.addAll(List.of("-h", "127.0.0.1", "-p", Integer.toString(port()), "-U", user()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed: " + command + "\n" + output);
        }
        return output;
    }

    /** A folder of this test run for files the tests make (backups, copies). */
    public static Path workDir(String name) throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("servicehall.it.work.dir", "target/it-work")).resolve(name));
    }

    private static Path clusterDir() {
        return Path.of(System.getProperty("servicehall.it.pg.cluster.dir"));
    }

    private static void requireName(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
    }
}
