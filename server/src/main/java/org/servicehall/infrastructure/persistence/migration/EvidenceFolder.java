package org.servicehall.infrastructure.persistence.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Evidence files an earlier version kept in the evidence folder and the server has not imported
 * into the database yet: checked against their recorded SHA-256 before anything is written, and
 * copied to the PostgreSQL server's folder afterwards (it imports them when it starts).
 */
final class EvidenceFolder {

    private final Connection derby;
    private final Consumer<String> progress;

    record Evidence(String storageKey, String sha256, long size) {
    }

    EvidenceFolder(Connection derby, Consumer<String> progress) {
        this.derby = derby;
        this.progress = progress;
    }

    /** The Derby rows' evidence files, each present with its recorded size and SHA-256, or a refusal. */
    List<Evidence> checked(Path folder) throws SQLException, IOException, MigrationRefusedException {
        List<Evidence> files = new ArrayList<>();
        try (Statement sql = derby.createStatement();
             // files kept in the database (EVIDENCE_FILE, since 022) are copied with the tables
             ResultSet rows = sql.executeQuery("SELECT E.STORAGE_KEY, E.SHA256, E.SIZE_BYTES FROM EVIDENCE E"
                     + " WHERE NOT EXISTS (SELECT 1 FROM EVIDENCE_FILE F WHERE F.STORAGE_KEY = E.STORAGE_KEY)")) {
            while (rows.next()) {
                files.add(new Evidence(rows.getString(1), rows.getString(2), rows.getLong(3)));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Evidence file : files) {
            Path path = resolve(folder, file.storageKey());
            if (!Files.isRegularFile(path)) {
                problems.add(file.storageKey() + " is missing");
            } else if (!file.sha256().equals(Sha256.of(path))) {
                problems.add(file.storageKey() + " does not have its recorded SHA-256");
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrationRefusedException(problems.size() + " of " + files.size() + " evidence files in " + folder
                    + " are missing or changed: " + problems.subList(0, Math.min(10, problems.size())));
        }
        progress.accept("evidence: " + files.size() + " files present with their recorded SHA-256");
        return files;
    }

    /** Copies the checked files unless both folders are the same; returns the bytes copied. */
    long copy(List<Evidence> files, Path from, Path to) throws IOException {
        if (from.toAbsolutePath().normalize().equals(to.toAbsolutePath().normalize())) {
            return 0;
        }
        long bytes = 0;
        for (Evidence file : files) {
            Path target = resolve(to, file.storageKey());
            Files.createDirectories(target.getParent());
            Files.copy(resolve(from, file.storageKey()), target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
            if (!file.sha256().equals(Sha256.of(target))) {
                throw new IOException("the copy " + target + " does not have the recorded SHA-256");
            }
            bytes += file.size();
        }
        progress.accept("evidence: " + files.size() + " files copied to " + to + " and checked");
        return bytes;
    }

    private static Path resolve(Path folder, String storageKey) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Path path = root.resolve(storageKey).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("storage key outside the evidence folder: " + storageKey);
        }
        return path;
    }
}
