package org.servicehall.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.Backups;

/**
 * Derby's online backup: {@code SYSCS_BACKUP_DATABASE} copies the database while other
 * transactions go on (the copy is consistent as of its start). Evidence files are in the database
 * (EVIDENCE_FILE, EVIDENCE_CHUNK), so the copy holds them too. An earlier version's evidence
 * folder, and the folder it is renamed to once imported, are copied after the database: a file
 * imported after the backup started is not in the copied database but is in one of the two (its
 * files were written before the rows that name them and never change), so no row of the backup is
 * left without its file.
 */
@ApplicationScoped
public class DerbyOnlineBackup implements Backups {

    private static final Logger LOG = Logger.getLogger(DerbyOnlineBackup.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    @Resource(lookup = "jdbc/servicehall")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "servicehall.backup.dir")
    String backupDir;

    @Inject
    @ConfigProperty(name = "servicehall.data.dir")
    String dataDir;

    /** Where servers before 022 kept evidence, and where that folder goes once imported (DatabaseEvidenceStore). */
    private static final List<String> LEGACY_EVIDENCE_FOLDERS = List.of("evidence", "evidence-imported");

    private final AtomicBoolean running = new AtomicBoolean();

    @Override
    public Backup take(String actor) {
        if (!running.compareAndSet(false, true)) {
            throw new BackupInProgressException();
        }
        try {
            return takeNow(actor);
        } finally {
            running.set(false);
        }
    }

    private Backup takeNow(String actor) {
        Instant started = Instant.now();
        String name = NAME.format(started);
        Path folder = Path.of(backupDir).toAbsolutePath().normalize().resolve(name);
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
            if (!product.startsWith("Apache Derby")) {
                throw new UnsupportedDatabaseException(product);
            }
            Files.createDirectories(folder);
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, folder.toString());
                backup.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database backup into " + folder + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the backup folder " + folder, e);
        }
        long[] evidence = copyEvidence(folder.resolve("evidence"));
        long[] inDatabase = evidenceInDatabase();
        evidence[0] += inDatabase[0];
        evidence[1] += inDatabase[1];
        Instant finished = Instant.now();
        LOG.log(Level.INFO, "Backup {0} taken by {1}: database and {2} evidence files in {3} ({4} ms)",
                new Object[] {name, actor, evidence[0], folder, finished.toEpochMilli() - started.toEpochMilli()});
        return new Backup(name, product, folder.toString(), started, finished, (int) evidence[0], evidence[1]);
    }

    /**
     * How many evidence files the database holds and their bytes (at least what the backup holds;
     * while an earlier version's folder is being imported, its files may count twice).
     */
    private long[] evidenceInDatabase() {
        try (Connection connection = dataSource.getConnection();
             Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT COUNT(*), COALESCE(SUM(SIZE_BYTES), 0) FROM EVIDENCE_FILE")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException("the evidence files in the database could not be counted", e);
        }
    }

    /** Copies every file of the earlier version's evidence folders; returns how many and their bytes. */
    private long[] copyEvidence(Path target) {
        long[] counted = new long[2];
        for (String folder : LEGACY_EVIDENCE_FOLDERS) {
            long[] copied = copyEvidence(Path.of(dataDir, folder).toAbsolutePath().normalize(), target);
            counted[0] += copied[0];
            counted[1] += copied[1];
        }
        return counted;
    }

    private long[] copyEvidence(Path source, Path target) {
        long[] counted = new long[2];
        if (!Files.isDirectory(source)) {
            return counted;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the evidence folder " + source, e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return counted; // renamed to evidence-imported meanwhile, which is copied next
            }
            throw e;
        }
        for (Path file : files) {
            Path copy = target.resolve(source.relativize(file).toString());
            try {
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                counted[0]++;
                counted[1] += Files.size(copy);
            } catch (NoSuchFileException moved) {
                // its folder was renamed to evidence-imported meanwhile, which is copied next
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the evidence file " + file, e);
            }
        }
        return counted;
    }
}
