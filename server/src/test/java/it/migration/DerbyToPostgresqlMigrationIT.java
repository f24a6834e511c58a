package it.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.SamplePng;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.TestDatabase;
import it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.servicehall.infrastructure.persistence.migration.MigrateDerbyToPostgresql;

/**
 * The migration command (config/bin/migrate-derby-to-postgresql) on the Derby test server's own database,
 * as a hall would run it: a stopped copy of a database that every IT has used (here: the server's
 * online backup), holding a complaint taken through every step with an evidence file, copied into
 * a new database of the build's PostgreSQL cluster.
 */
@EnabledIf("derbyServerAndPostgresql")
class DerbyToPostgresqlMigrationIT {

    private final String target = "migrated_" + System.currentTimeMillis();

    static boolean derbyServerAndPostgresql() {
        return "derby".equals(TestDatabase.kind()) && TestDatabase.postgresqlAvailable();
    }

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @AfterEach
    void dropTarget() throws SQLException {
        TestDatabase.drop(target);
    }

    @Test
    void a_hall_database_moves_to_postgresql_with_every_row_its_evidence_and_its_counters() throws Exception {
        String archived = complaintThroughEveryStep();
        byte[] photo = SamplePng.of(4_096);
        String withEvidence = Api.fileAnonymously("SERVICE_ATTITUDE", "迁移测试：窗口人员推诿");
        JsonObject c = StaffWalk.toSignFor(withEvidence);
        Api.Reply upload = Staff.SUN_LI.postBytes("/api/v1/cases/" + withEvidence + "/evidence?version="
                + c.getJsonNumber("version").longValue() + "&fileName=migration.png", photo, "image/png");
        assertEquals(200, upload.status(), upload.body());

        // the server stopped: its online backup is a Derby database no server has open
        Api.Reply backup = Staff.ADMIN.post("/api/v1/backups", Json.createObjectBuilder().build());
        assertEquals(201, backup.status(), backup.body());
        Path folder = Path.of(backup.json().getString("location"));
        Path evidenceTo = TestDatabase.workDir(target + "-evidence");
        TestDatabase.create(target);

        Migration first = migrate(folder, evidenceTo);
        System.out.println(first.output()); // the per-table counts and checksums, in the test's report
        assertEquals(0, first.status(), first.output());
        assertTrue(first.output().contains("rows and checksums equal"), first.output());
        assertTrue(first.output().matches("(?s).*complaint\\s+\\d+ rows\\s+\\p{XDigit}{16}\\s+OK.*"), first.output());

        try (Connection db = TestDatabase.connect(target)) {
            assertEquals("ARCHIVED", single(db, "SELECT STATUS FROM COMPLAINT WHERE TRACKING_NUMBER = ?", archived));
            String key = single(db, "SELECT E.STORAGE_KEY FROM EVIDENCE E JOIN COMPLAINT C ON C.ID = E.COMPLAINT_ID"
                    + " WHERE C.TRACKING_NUMBER = ?", withEvidence);
            // evidence is kept in the database and moves with the tables
            assertEquals(sha256(photo), sha256(storedContent(db, key)), "the evidence's content in PostgreSQL");
            assertEquals(sha256(photo), single(db, "SELECT SHA256 FROM EVIDENCE_FILE WHERE STORAGE_KEY = ?", key));

            // new rows after the copy get ids above the copied ones, through sequences and identities
            long largestComplaint = number(db, "SELECT MAX(ID) FROM COMPLAINT");
            long nextBlock = number(db, "SELECT nextval('complaint_seq')");
            assertTrue(nextBlock - 49 > largestComplaint, "EclipseLink's next block " + nextBlock + " after " + largestComplaint);
            long largestAudit = number(db, "SELECT COALESCE(MAX(ID), 0) FROM PLUGIN_AUDIT");
            long newAudit = number(db, "INSERT INTO PLUGIN_AUDIT (ACTED_AT, ACTOR, ACTION, PLUGIN, OUTCOME)"
                    + " VALUES (CURRENT_TIMESTAMP, 'it', 'TEST', 'none', 'DONE') RETURNING ID");
            assertTrue(newAudit > largestAudit, newAudit + " after " + largestAudit);
        }

        Migration again = migrate(folder, evidenceTo);
        assertEquals(2, again.status(), again.output());
        assertTrue(again.output().contains("REFUSED") && again.output().contains("not empty"), again.output());
    }

    private record Migration(int status, String output) {
    }

    /** An evidence file's content as the database keeps it, its chunks in order. */
    private static byte[] storedContent(Connection db, String key) throws Exception {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT DATA FROM EVIDENCE_CHUNK WHERE STORAGE_KEY = ? ORDER BY SEQ")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    content.write(rows.getBytes(1));
                }
            }
        }
        return content.toByteArray();
    }

    private Migration migrate(Path backup, Path evidenceTo) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = MigrateDerbyToPostgresql.run(new String[] {
            "--derby", backup.resolve("servicehall-db").toString(),
            "--postgresql", TestDatabase.jdbcUrl(target),
            "--user", TestDatabase.user(),
            "--evidence-from", backup.resolve("evidence").toString(),
            "--evidence-to", evidenceTo.toString()},
                new PrintStream(bytes, true, StandardCharsets.UTF_8), Map.of("SERVICEHALL_DB_PASSWORD", TestDatabase.password()));
        return new Migration(status, bytes.toString(StandardCharsets.UTF_8));
    }

    /** Filed, accepted, triaged, assigned, signed for, found, planned, measured, completed, closed, archived. */
    private static String complaintThroughEveryStep() {
        String number = Api.fileAnonymously("BUSINESS_HANDLING", "迁移测试：材料要求前后不一致，往返三次");
        JsonObject c = StaffWalk.toClosedWithoutFeedback(number);
        c = Staff.SUPERVISOR.step(c, "archive");
        assertEquals("ARCHIVED", c.getString("status"));
        return number;
    }

    private static String single(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), sql + " " + parameter);
                return row.getString(1);
            }
        }
    }

    private static long number(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next());
            return row.getLong(1);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
