package org.servicehall.infrastructure.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.servicehall.application.EvidenceStore;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.domain.model.complaint.Evidence;

/**
 * Evidence files in a folder, {@code servicehall.data.dir/<folder>/yyyy/MM/}: where an upload is
 * written and checked before {@link DatabaseEvidenceStore} keeps it in the database, and where
 * servers before the database kept evidence (read until it is imported). The content type is
 * decided by the file's whole structure ({@link EvidenceFormats}), not by what the client claims
 * nor by the first bytes alone; files of other types, and files that only start like one, are
 * refused. The name is kept as a plain file name ({@link EvidenceFileNames}).
 */
public class FileEvidenceStore implements EvidenceStore {

    /** The folder under the data folder where servers before 022 kept evidence. */
    static final String LEGACY_FOLDER = "evidence";

    String dataDir;

    String folder = LEGACY_FOLDER;

    long maxBytes;

    FileEvidenceStore() {
    }

    FileEvidenceStore(String dataDir, String folder, long maxBytes) {
        this.dataDir = dataDir;
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    @Override
    public Evidence.StoredFile store(String fileName, String declaredType, InputStream content) throws IOException {
        String name = EvidenceFileNames.clean(fileName).orElseThrow(() -> invalid("fileName", "invalid"));
        LocalDate today = LocalDate.now();
        Path folder = Files.createDirectories(root().resolve(String.format("%d/%02d", today.getYear(), today.getMonthValue())));
        String key = today.getYear() + "/" + String.format("%02d", today.getMonthValue()) + "/" + UUID.randomUUID();
        Path target = root().resolve(key);
        MessageDigest sha256 = digest();
        byte[] head = new byte[16];
        int headLength = 0;
        long size = 0;
        try (InputStream in = content;
             OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (headLength < head.length) {
                    int copy = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copy);
                    headLength += copy;
                }
                size += read;
                if (size > maxBytes) {
                    throw invalid("file", "tooLarge", maxBytes / (1024 * 1024));
                }
                sha256.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (InvalidInputException | IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        if (size == 0) {
            Files.deleteIfExists(target);
            throw invalid("file", "empty");
        }
        String kinds = String.join(", ", EvidenceFormats.TYPES.stream().sorted().toList());
        if (!EvidenceFormats.looksLikeAny(Arrays.copyOf(head, headLength))) {
            Files.deleteIfExists(target);
            throw invalid("file", "type", kinds);
        }
        Optional<String> type = EvidenceFormats.typeOf(target);
        if (type.isEmpty()) {
            // it starts like a kept type but is not one from end to end: damaged, cut off, or disguised
            Files.deleteIfExists(target);
            throw invalid("file", "malformed", kinds);
        }
        if (folder == null) {
            throw new IOException("no evidence folder");
        }
        return new Evidence.StoredFile(name, type.get(), size, HexFormat.of().formatHex(sha256.digest()), key);
    }

    @Override
    public InputStream open(String storageKey) throws IOException {
        return Files.newInputStream(path(storageKey));
    }

    @Override
    public void discard(String storageKey) throws IOException {
        Files.deleteIfExists(path(storageKey));
    }

    /** The file of {@code storageKey}, which may not exist; never a path outside the folder. */
    Path path(String storageKey) throws IOException {
        Path file = root().resolve(storageKey).normalize();
        if (!file.startsWith(root())) {
            throw new IOException("storage key outside the evidence folder");
        }
        return file;
    }

    Path root() {
        return Path.of(dataDir, folder).toAbsolutePath().normalize();
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static InvalidInputException invalid(String field, String code, Object... args) {
        return new InvalidInputException(List.of(FieldViolation.of(field, code, args)));
    }
}
