package org.servicehall.infrastructure.files;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.EvidenceStore;
import org.servicehall.domain.model.complaint.Evidence;

/**
 * Evidence files in the database (EVIDENCE_FILE, content in EVIDENCE_CHUNK rows of at most
 * {@link #CHUNK} bytes), so that every server sharing the database reads every file, and a backup
 * of the database holds the evidence. An upload is first written to a file of its own under
 * {@code servicehall.data.dir/evidence-incoming} and checked there ({@link FileEvidenceStore}:
 * size limit, type by content, SHA-256, name), then copied into the database in the caller's
 * transaction, on its connection (its own transaction when there is none), and removed: neither the upload nor a download holds
 * more than a chunk in memory.
 * <p>
 * Files kept by servers before the database held evidence ({@code servicehall.data.dir/evidence})
 * are imported in the background after each start ({@link #importFolderInBackground}); until a
 * file is imported it is read from the folder. Once every file is in the database the folder is
 * renamed {@code evidence-imported}, to be removed by the operator after the next backup.
 */
@ApplicationScoped
public class DatabaseEvidenceStore implements EvidenceStore {

    private static final Logger LOG = Logger.getLogger(DatabaseEvidenceStore.class.getName());
    /** 1 MiB: a 20 MB file is 20 rows; one chunk is what a reading or writing stream holds. */
    static final int CHUNK = 1024 * 1024;
    static final String INCOMING_FOLDER = "evidence-incoming";
    static final String IMPORTED_FOLDER = "evidence-imported";

    @Inject
    @ConfigProperty(name = "servicehall.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "servicehall.evidence.max.bytes", defaultValue = "20971520")
    long maxBytes;

    @Resource(lookup = "jdbc/servicehall")
    DataSource database;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "servicehall")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Work on a connection; it is the transaction's own when one runs (not to be closed then). */
    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException, IOException;
    }

    @Override
    @Transactional(rollbackOn = IOException.class)
    public Evidence.StoredFile store(String fileName, String declaredType, InputStream content) throws IOException {
        FileEvidenceStore incoming = new FileEvidenceStore(dataDir, INCOMING_FOLDER, maxBytes);
        Evidence.StoredFile file = incoming.store(fileName, declaredType, content);
        try {
            withConnection(connection -> {
                insert(connection, file.storageKey(), file.sha256(), file.size(), file.contentType(),
                        incoming.path(file.storageKey()));
                return null;
            });
        } catch (SQLException e) {
            throw new IOException("the evidence file could not be stored in the database", e);
        } finally {
            incoming.discard(file.storageKey());
        }
        return file;
    }

    @Override
    public InputStream open(String storageKey) throws IOException {
        if (stored(storageKey)) {
            return new ChunkStream(storageKey);
        }
        Path old = legacy().path(storageKey);
        if (Files.isRegularFile(old)) {
            return Files.newInputStream(old); // not imported yet
        }
        if (stored(storageKey)) {
            return new ChunkStream(storageKey); // imported, and its folder renamed, meanwhile
        }
        throw new NoSuchFileException(storageKey);
    }

    @Override
    public void discard(String storageKey) throws IOException {
        try {
            withConnection(connection -> {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM EVIDENCE_FILE WHERE STORAGE_KEY = ?")) {
                    delete.setString(1, storageKey);
                    return delete.executeUpdate(); // its chunks go with it (ON DELETE CASCADE)
                }
            });
        } catch (SQLException e) {
            throw new IOException("the evidence file " + storageKey + " could not be removed", e);
        }
        legacy().discard(storageKey);
    }

    /** Starts importing the files of the evidence folder of servers before 022, if there is one. */
    public void importFolderInBackground() {
        if (Files.isDirectory(legacy().root())) {
            executor.execute(() -> {
                try {
                    importFolder();
                } catch (IOException | SQLException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Evidence folder not imported (its files are read from it meanwhile; "
                            + "the next start tries again): {0}", e.toString());
                }
            });
        }
    }

    /**
     * Copies every file of the old evidence folder that the database does not hold yet, each in a
     * transaction of its own, then renames the folder when all are in. Another server importing
     * the same folder at the same time loses nothing: a key stored twice is refused once.
     *
     * @return how many files were copied now
     */
    int importFolder() throws IOException, SQLException {
        FileEvidenceStore legacy = legacy();
        Path root = legacy.root();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        int copied = 0;
        int failed = 0;
        for (Path file : files) {
            String key = root.relativize(file).toString().replace('\\', '/');
            if (stored(key)) {
                continue;
            }
            try (Connection connection = database.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    Optional<String> type = recordedType(connection, key).or(() -> typeOf(file));
                    insert(connection, key, sha256(file), Files.size(file), type.orElse("application/octet-stream"), file);
                    connection.commit();
                    copied++;
                } catch (SQLException | IOException | RuntimeException e) {
                    connection.rollback();
                    if (!stored(key)) {
                        failed++;
                        LOG.log(Level.WARNING, "Evidence file {0} not imported: {1}", new Object[] {key, e.toString()});
                    }
                }
            }
        }
        if (failed == 0) {
            Path imported = root.resolveSibling(IMPORTED_FOLDER);
            if (Files.exists(imported)) {
                imported = root.resolveSibling(IMPORTED_FOLDER + "-" + clock.instant().toEpochMilli());
            }
            Files.move(root, imported);
            LOG.log(Level.INFO, "Evidence folder imported into the database ({0} files now, {1} in all); "
                    + "the files are kept in {2} until removed after the next backup",
                    new Object[] {copied, files.size(), imported});
        }
        return copied;
    }

    private void insert(Connection connection, String key, String sha256, long size, String contentType, Path file)
            throws SQLException, IOException {
        try (PreparedStatement row = connection.prepareStatement("INSERT INTO EVIDENCE_FILE"
                + " (STORAGE_KEY, SHA256, SIZE_BYTES, CONTENT_TYPE, STORED_AT) VALUES (?, ?, ?, ?, ?)")) {
            row.setString(1, key);
            row.setString(2, sha256);
            row.setLong(3, size);
            row.setString(4, contentType);
            row.setTimestamp(5, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
            row.executeUpdate();
        }
        try (InputStream in = Files.newInputStream(file);
             PreparedStatement chunk = connection.prepareStatement(
                     "INSERT INTO EVIDENCE_CHUNK (STORAGE_KEY, SEQ, DATA) VALUES (?, ?, ?)")) {
            byte[] buffer = new byte[CHUNK];
            int seq = 0;
            int read;
            while ((read = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                chunk.setString(1, key);
                chunk.setInt(2, seq++);
                chunk.setBinaryStream(3, new ByteArrayInputStream(buffer, 0, read), read);
                chunk.executeUpdate();
            }
        }
    }

    private boolean stored(String key) throws IOException {
        try {
            return withConnection(connection -> {
                try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM EVIDENCE_FILE WHERE STORAGE_KEY = ?")) {
                    query.setString(1, key);
                    try (ResultSet row = query.executeQuery()) {
                        return row.next();
                    }
                }
            });
        } catch (SQLException e) {
            throw new IOException("the evidence file " + key + " could not be looked up", e);
        }
    }

    /** The type the complaint's EVIDENCE row recorded when the file was kept. */
    private static Optional<String> recordedType(Connection connection, String key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT CONTENT_TYPE FROM EVIDENCE WHERE STORAGE_KEY = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static Optional<String> typeOf(Path file) {
        try {
            return EvidenceFormats.typeOf(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * In a transaction, the connection JPA uses in it: the evidence's rows commit or roll back with
     * the complaint's change, and the transaction never holds a second connection of the same
     * database (which would make it a two-phase commit). Outside one, a connection of its own.
     */
    private <T> T withConnection(Work<T> work) throws SQLException, IOException {
        if (transactions != null && transactions.getTransactionKey() != null) {
            return work.on(em.unwrap(Connection.class));
        }
        try (Connection connection = database.getConnection()) {
            return work.on(connection);
        }
    }

    private FileEvidenceStore legacy() {
        return new FileEvidenceStore(dataDir, FileEvidenceStore.LEGACY_FOLDER, maxBytes);
    }

    /** A stored file read a chunk at a time, each with a connection of its own for as long as the query. */
    private final class ChunkStream extends InputStream {

        private final String key;
        private byte[] chunk = new byte[0];
        private int at;
        private int next;
        private boolean ended;

        ChunkStream(String key) {
            this.key = key;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (at == chunk.length) {
                if (ended || !fetch()) {
                    ended = true;
                    return -1;
                }
            }
            int count = Math.min(length, chunk.length - at);
            System.arraycopy(chunk, at, into, offset, count);
            at += count;
            return count;
        }

        private boolean fetch() throws IOException {
            try {
                byte[] read = withConnection(connection -> {
                    try (PreparedStatement query = connection.prepareStatement(
                            "SELECT DATA FROM EVIDENCE_CHUNK WHERE STORAGE_KEY = ? AND SEQ = ?")) {
                        query.setString(1, key);
                        query.setInt(2, next);
                        try (ResultSet row = query.executeQuery()) {
                            if (!row.next()) {
                                return null;
                            }
                            try (InputStream data = row.getBinaryStream(1)) {
                                return data.readAllBytes();
                            }
                        }
                    }
                });
                if (read == null) {
                    return false;
                }
                chunk = read;
                at = 0;
                next++;
                return true;
            } catch (SQLException e) {
                throw new IOException("the evidence file " + key + " could not be read", e);
            }
        }
    }
}
