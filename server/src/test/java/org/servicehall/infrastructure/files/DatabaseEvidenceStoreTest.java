package org.servicehall.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.application.InvalidInputException;
import org.servicehall.domain.model.complaint.Evidence;
import org.servicehall.infrastructure.persistence.InMemoryDerby;

/**
 * Evidence in a real (in-memory Derby) database with the server's own change log: kept in chunks
 * and read back whole, nothing left of a refused file, removed with its chunks, and an earlier
 * version's evidence folder read until it is imported under the same keys.
 */
class DatabaseEvidenceStoreTest {

    @RegisterExtension
    static final InMemoryDerby DERBY = InMemoryDerby.migrated("evidence");

    @TempDir
    Path dataDir;

    private DatabaseEvidenceStore store;

    @BeforeEach
    void store() {
        store = new DatabaseEvidenceStore();
        store.dataDir = dataDir.toString();
        store.maxBytes = 20L * 1024 * 1024;
        store.database = DERBY.dataSource();
        store.clock = Clock.systemUTC();
    }

    @Test
    void a_file_of_several_chunks_is_kept_in_the_database_and_read_back_whole() throws Exception {
        byte[] recording = wav(5 * DatabaseEvidenceStore.CHUNK / 2);

        Evidence.StoredFile kept = store.store("call.wav", "audio/wav", new ByteArrayInputStream(recording));

        assertEquals("audio/wav", kept.contentType());
        assertEquals(recording.length, kept.size());
        assertEquals(sha256(recording), kept.sha256());
        assertEquals(3L, count("SELECT COUNT(*) FROM EVIDENCE_CHUNK WHERE STORAGE_KEY = ?", kept.storageKey()));
        assertEquals(sha256(recording), text("SELECT SHA256 FROM EVIDENCE_FILE WHERE STORAGE_KEY = ?", kept.storageKey()));
        try (InputStream in = store.open(kept.storageKey())) {
            assertArrayEquals(recording, in.readAllBytes());
        }
        assertEquals(0, filesUnder(dataDir), "the checked upload is not kept on this server's disk");
    }

    @Test
    void a_refused_file_leaves_nothing_behind() throws Exception {
        long before = count("SELECT COUNT(*) FROM EVIDENCE_FILE WHERE STORAGE_KEY <> ?", "");
        byte[] disguised = ("%PDF-1.7\n<html><script>alert(1)</script></html>").getBytes(StandardCharsets.US_ASCII);
        assertThrows(InvalidInputException.class, () -> store.store("page.pdf", "application/pdf", new ByteArrayInputStream(disguised)));
        store.maxBytes = 1024;
        assertThrows(InvalidInputException.class, () -> store.store("call.wav", "audio/wav", new ByteArrayInputStream(wav(4096))));

        assertEquals(before, count("SELECT COUNT(*) FROM EVIDENCE_FILE WHERE STORAGE_KEY <> ?", ""));
        assertEquals(0, filesUnder(dataDir));
    }

    @Test
    void a_discarded_file_is_gone_with_its_chunks() throws Exception {
        Evidence.StoredFile kept = store.store("call.wav", "audio/wav", new ByteArrayInputStream(wav(DatabaseEvidenceStore.CHUNK + 1)));

        store.discard(kept.storageKey());

        assertEquals(0L, count("SELECT COUNT(*) FROM EVIDENCE_CHUNK WHERE STORAGE_KEY = ?", kept.storageKey()));
        assertThrows(NoSuchFileException.class, () -> store.open(kept.storageKey()));
        store.discard(kept.storageKey()); // a missing one is no error
    }

    @Test
    void an_earlier_versions_evidence_folder_is_read_until_imported_then_from_the_database() throws Exception {
        byte[] recording = wav(4096);
        String key = "2025/11/" + UUID.randomUUID();
        Path old = dataDir.resolve("evidence").resolve(key);
        Files.createDirectories(old.getParent());
        Files.write(old, recording);
        try (InputStream in = store.open(key)) {
            assertArrayEquals(recording, in.readAllBytes(), "read from the folder before the import");
        }

        assertEquals(1, store.importFolder());

        assertEquals(sha256(recording), text("SELECT SHA256 FROM EVIDENCE_FILE WHERE STORAGE_KEY = ?", key));
        assertEquals("audio/wav", text("SELECT CONTENT_TYPE FROM EVIDENCE_FILE WHERE STORAGE_KEY = ?", key));
        assertFalse(Files.exists(dataDir.resolve("evidence")), "the imported folder is put aside");
        assertTrue(Files.isRegularFile(dataDir.resolve("evidence-imported").resolve(key)), "and kept until removed");
        try (InputStream in = store.open(key)) {
            assertArrayEquals(recording, in.readAllBytes(), "read from the database after the import");
        }
    }

    private static long count(String sql, String key) throws SQLException {
        return Long.parseLong(text(sql, key));
    }

    private static String text(String sql, String key) throws SQLException {
        try (Connection connection = DERBY.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getString(1);
            }
        }
    }

    private static long filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    /** A real WAV file (16-bit mono) of about {@code bytes} bytes. */
    private static byte[] wav(int bytes) throws IOException {
        AudioFormat format = new AudioFormat(8000f, 16, 1, true, false);
        byte[] samples = new byte[bytes & ~1];
        for (int i = 0; i < samples.length; i += 2) {
            short value = (short) (Math.sin(i / 8.0) * 8000);
            samples[i] = (byte) value;
            samples[i + 1] = (byte) (value >> 8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(samples), format, samples.length / 2),
                AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
