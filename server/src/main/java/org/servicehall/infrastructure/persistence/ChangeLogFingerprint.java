package org.servicehall.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a Liquibase change log: its master file and every file it includes, in order.
 * Equal fingerprints mean the same change sets, so a database that recorded this fingerprint after
 * its last migration needs none. Reading the files takes milliseconds; Liquibase's own check of a
 * current schema (parsing and validating every change set) takes seconds of a server's start.
 */
final class ChangeLogFingerprint {

    /** The change log's includes, as the master file writes them (relative to itself). */
    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");

    private ChangeLogFingerprint() {
    }

    /** The fingerprint of the change log {@code master}, read through {@code loader}. */
    static String of(ClassLoader loader, String master) throws IOException {
        MessageDigest digest = sha256();
        byte[] masterBytes = read(loader, master);
        add(digest, master, masterBytes);
        String folder = master.contains("/") ? master.substring(0, master.lastIndexOf('/') + 1) : "";
        Matcher include = INCLUDE.matcher(new String(masterBytes, StandardCharsets.UTF_8));
        while (include.find()) {
            String file = folder + include.group(1);
            add(digest, file, read(loader, file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
    }

    private static byte[] read(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the change log file " + name + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
