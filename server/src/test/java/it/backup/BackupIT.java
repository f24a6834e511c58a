package it.backup;

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
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Backups taken while complaints are being filed, restored the way README "Backups" says, and read
 * back: every complaint acknowledged before the backup started is in the restored database, and
 * so is every evidence file its rows name (evidence is kept in the database), with the SHA-256 the
 * server recorded.
 */
class BackupIT {

    private static final int CLIENTS = 4;

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
    }

    @Test
    @EnabledIfSystemProperty(named = "servicehall.it.database", matches = "derby")
    void a_derby_online_backup_during_filings_restores_every_acknowledged_complaint_and_its_evidence() throws Exception {
        Map<String, String> evidence = complaintsWithEvidence();
        try (FilingLoad load = FilingLoad.start()) {
            load.awaitAcknowledged(20);
            List<String> before = load.acknowledged();
            Api.Reply taken = Staff.ADMIN.post("/api/v1/backups", Json.createObjectBuilder().build());
            assertEquals(201, taken.status(), taken.body());
            load.awaitAcknowledgedAfterNow(5);
            load.stopAndCheck();

            JsonObject backup = taken.json();
            Path folder = Path.of(backup.getString("location"));
            // README: stop the server, copy the backup's servicehall-db into the data folder, start
            Path restored = TestDatabase.workDir("derby-restore-" + backup.getString("name"));
            copyTree(folder.resolve("servicehall-db"), restored.resolve("servicehall-db"));
            assertEquals("en_US", derbyTerritory(restored.resolve("servicehall-db")),
                    "the server creates its database with territory en_US (config/liberty/db/derby.xml)");
            String url = "jdbc:derby:" + restored.resolve("servicehall-db");
            try (Connection db = DriverManager.getConnection(url)) {
                assertEveryComplaintIsThere(db, before);
                assertEvidenceIsThere(db, evidence);
            } finally {
                shutDownDerby(url);
            }
            assertTrue(evidence.size() <= backup.getInt("evidenceFiles"), backup.toString());
        }
    }

    /** The territory Derby keeps for a database, from the service.properties it writes at creation. */
    private static String derbyTerritory(Path database) throws IOException {
        Properties service = new Properties();
        try (InputStream in = Files.newInputStream(database.resolve("service.properties"))) {
            service.load(in);
        }
        return service.getProperty("derby.serviceLocale");
    }

    @Test
    @EnabledIfSystemProperty(named = "servicehall.it.database", matches = "derby")
    void only_it_staff_take_backups() {
        assertEquals(403, Staff.SUPERVISOR.post("/api/v1/backups", Json.createObjectBuilder().build()).status());
    }

    @Test
    @EnabledIfSystemProperty(named = "servicehall.it.database", matches = "postgresql")
    void a_pg_dump_during_filings_restores_every_acknowledged_complaint_and_its_evidence() throws Exception {
        Map<String, String> evidence = complaintsWithEvidence();
        Path folder = TestDatabase.workDir("pg-backup-" + System.currentTimeMillis());
        try (FilingLoad load = FilingLoad.start()) {
            load.awaitAcknowledged(20);
            List<String> before = load.acknowledged();
            // README: the dump holds the evidence too
            TestDatabase.tool("pg_dump", "-Fc", "-f", folder.resolve("servicehall.dump").toString(),
                    TestDatabase.serverDatabase());
            load.awaitAcknowledgedAfterNow(5);
            load.stopAndCheck();

            String restored = "restored_" + System.currentTimeMillis();
            TestDatabase.create(restored);
            try {
                TestDatabase.tool("pg_restore", "--no-owner", "-d", restored, folder.resolve("servicehall.dump").toString());
                try (Connection db = TestDatabase.connect(restored)) {
                    assertEveryComplaintIsThere(db, before);
                    assertEvidenceIsThere(db, evidence);
                }
            } finally {
                TestDatabase.drop(restored);
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "servicehall.it.database", matches = "postgresql")
    void the_server_sends_it_staff_to_pg_dump_on_postgresql() {
        Api.Reply refused = Staff.ADMIN.post("/api/v1/backups", Json.createObjectBuilder().build());
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("pg_dump"), refused.body());
    }

    /** Two complaints, each with an evidence file of its own; their SHA-256 by storage-independent name. */
    private static Map<String, String> complaintsWithEvidence() throws Exception {
        Map<String, String> sha256ByFileName = new LinkedHashMap<>();
        for (int i = 0; i < 2; i++) {
            String number = Api.fileAnonymously("SERVICE_ATTITUDE", "备份测试：窗口工作人员态度生硬 " + i);
            JsonObject c = StaffWalk.toSignFor(number);
            byte[] png = SamplePng.of(2_000 + i * 3_000);
            String fileName = "backup-" + number + ".png";
            Api.Reply upload = Staff.SUN_LI.postBytes("/api/v1/cases/" + number + "/evidence?version="
                    + c.getJsonNumber("version").longValue() + "&fileName=" + fileName, png, "image/png");
            assertEquals(200, upload.status(), upload.body());
            sha256ByFileName.put(fileName, sha256(png));
        }
        return sha256ByFileName;
    }

    private static void assertEveryComplaintIsThere(Connection db, List<String> trackingNumbers) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement select = db.prepareStatement("SELECT TRACKING_NUMBER FROM COMPLAINT");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        List<String> missing = trackingNumbers.stream().filter(n -> !found.contains(n)).toList();
        assertTrue(missing.isEmpty(), "acknowledged before the backup, missing after the restore: " + missing);
    }

    private static void assertEvidenceIsThere(Connection db, Map<String, String> expected) throws Exception {
        for (Map.Entry<String, String> file : expected.entrySet()) {
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT SHA256, STORAGE_KEY, SIZE_BYTES FROM EVIDENCE WHERE FILE_NAME = ?")) {
                select.setString(1, file.getKey());
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next(), "no evidence row for " + file.getKey());
                    assertEquals(file.getValue(), row.getString(1), "recorded hash of " + file.getKey());
                    byte[] content = storedContent(db, row.getString(2));
                    assertEquals(row.getLong(3), content.length, "size of " + file.getKey() + " in the backup");
                    assertEquals(file.getValue(), sha256(content), "content of " + file.getKey() + " in the backup");
                }
            }
        }
    }

    /** An evidence file's content as the database keeps it, its chunks in order. */
    private static byte[] storedContent(Connection db, String key) throws SQLException, IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT DATA FROM EVIDENCE_CHUNK WHERE STORAGE_KEY = ? ORDER BY SEQ")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    try (InputStream data = rows.getBinaryStream(1)) {
                        data.transferTo(content);
                    }
                }
            }
        }
        return content.toByteArray();
    }

    /** Clients filing anonymously over REST until stopped; what was acknowledged, in order. */
    private static final class FilingLoad implements AutoCloseable {
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

        static FilingLoad start() {
            FilingLoad load = new FilingLoad();
            for (int i = 0; i < CLIENTS; i++) {
                load.clients.submit(load::fileUntilStopped);
            }
            return load;
        }

        private void fileUntilStopped() {
            while (running.get()) {
                Api.Reply reply = Api.postJson("/api/v1/complaints", Json.createObjectBuilder()
                        .add("categoryCode", "FACILITIES_ENVIRONMENT")
                        .add("description", "备份期间的投诉 " + ThreadLocalRandom.current().nextInt(1_000_000))
                        .add("anonymous", true).build().toString());
                if (reply.status() == 201) {
                    acknowledged.add(reply.json().getString("trackingNumber"));
                } else {
                    failures.add(reply.status() + " " + reply.body());
                }
            }
        }

        List<String> acknowledged() {
            return new ArrayList<>(acknowledged);
        }

        void awaitAcknowledged(int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (acknowledged.size() < count) {
                assertTrue(System.nanoTime() < deadline, "only " + acknowledged.size() + " filings in 2 minutes: " + failures);
                Thread.sleep(20);
            }
        }

        /** Filing goes on after the backup: a few more acknowledged. */
        void awaitAcknowledgedAfterNow(int more) throws InterruptedException {
            awaitAcknowledged(acknowledged.size() + more);
        }

        void stopAndCheck() throws InterruptedException {
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES));
            assertTrue(failures.isEmpty(), "filings failed during the backup: " + failures);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            clients.shutdownNow();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(source)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }

    private static void shutDownDerby(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006
        }
    }
}
