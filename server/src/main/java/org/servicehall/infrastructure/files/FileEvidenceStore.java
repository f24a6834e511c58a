package org.servicehall.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicehall.application.EvidenceStore;
import org.servicehall.application.FieldViolation;
import org.servicehall.application.InvalidInputException;
import org.servicehall.domain.model.complaint.Evidence;

/**
 * Evidence files under {@code servicehall.data.dir/evidence/yyyy/MM/}. The content type is decided
 * by the file's first bytes, not by what the client claims; files of other types are refused.
 */
@ApplicationScoped
public class FileEvidenceStore implements EvidenceStore {

    /** Content types kept, with the first bytes that identify them. */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "application/pdf", new byte[] {'%', 'P', 'D', 'F'},
            "audio/mpeg", new byte[] {'I', 'D', '3'},
            "audio/wav", new byte[] {'R', 'I', 'F', 'F'});

    @Inject
    @ConfigProperty(name = "servicehall.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "servicehall.evidence.max.bytes", defaultValue = "20971520")
    long maxBytes;

    @Override
    public Evidence.StoredFile store(String fileName, String declaredType, InputStream content) throws IOException {
        String name = fileName == null ? "" : Path.of(fileName.replace('\\', '/')).getFileName().toString().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw invalid("fileName", "invalid");
        }
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
        String type = detect(Arrays.copyOf(head, headLength));
        if (type == null) {
            Files.deleteIfExists(target);
            throw invalid("file", "type", String.join(", ", SIGNATURES.keySet().stream().sorted().toList()));
        }
        if (folder == null) {
            throw new IOException("no evidence folder");
        }
        return new Evidence.StoredFile(name, type, size, HexFormat.of().formatHex(sha256.digest()), key);
    }

    @Override
    public InputStream open(String storageKey) throws IOException {
        Path file = root().resolve(storageKey).normalize();
        if (!file.startsWith(root())) {
            throw new IOException("storage key outside the evidence folder");
        }
        return Files.newInputStream(file);
    }

    @Override
    public void discard(String storageKey) throws IOException {
        Path file = root().resolve(storageKey).normalize();
        if (!file.startsWith(root())) {
            throw new IOException("storage key outside the evidence folder");
        }
        Files.deleteIfExists(file);
    }

    private Path root() {
        return Path.of(dataDir, "evidence").toAbsolutePath().normalize();
    }

    private static String detect(byte[] head) {
        return SIGNATURES.entrySet().stream()
                .filter(entry -> head.length >= entry.getValue().length
                        && Arrays.equals(Arrays.copyOf(head, entry.getValue().length), entry.getValue()))
                .map(Map.Entry::getKey)
                .findFirst().orElse(null);
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
