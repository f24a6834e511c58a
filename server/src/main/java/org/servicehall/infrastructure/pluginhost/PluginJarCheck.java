package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPath;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/**
 * Decides whether a jar may become a plugin, on a private copy the caller owns: readable, an OSGi
 * bundle with a usable name and version, not larger than the limit, and — when signing is required —
 * every entry signed, unaltered, and every signer's certificate path valid under PKIX up to a
 * certificate of the trust store (see {@link SignerValidation}).
 */
public final class PluginJarCheck {

    /** Symbolic names the host uses itself, or that would make unsafe file names. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final List<String> RESERVED_PREFIXES = List.of("org.servicehall.plugin.api", "org.apache.felix",
            "org.osgi", "system.bundle");

    private final long maxBytes;
    private final boolean signingRequired;
    private final List<X509Certificate> trusted;
    private final SignerValidation signerValidation;

    /** Signers judged at the system clock's time. */
    public PluginJarCheck(long maxBytes, boolean signingRequired, KeyStore trustStore) {
        this(maxBytes, signingRequired, trustStore, Clock.systemUTC());
    }

    /**
     * @param maxBytes        the largest jar accepted
     * @param signingRequired whether every entry must be signed by a trusted certificate
     * @param trustStore      the certificates trusted to sign plugins; may be null (with signing
     *                        required, every jar is then refused as {@link JarRejectionReason#NO_TRUST_STORE})
     * @param clock           the hall's clock: certificates must be valid at its time when a jar is checked
     */
    public PluginJarCheck(long maxBytes, boolean signingRequired, KeyStore trustStore, Clock clock) {
        this.maxBytes = maxBytes;
        this.signingRequired = signingRequired;
        this.trusted = certificates(trustStore);
        this.signerValidation = new SignerValidation(trusted, clock);
    }

    public boolean signingRequired() {
        return signingRequired;
    }

    /** False when signing is required and no certificate is trusted: no jar can be admitted then. */
    public boolean canAdmit() {
        return !signingRequired || !trusted.isEmpty();
    }

    /** Loads a PKCS12 trust store. */
    public static KeyStore loadTrustStore(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    /** Checks the jar at {@code privateCopy}, which nobody else may write while this runs. */
    public JarVerdict check(Path privateCopy) {
        try {
            long size = Files.size(privateCopy);
            if (size > maxBytes) {
                return JarVerdict.rejected(JarRejectionReason.TOO_LARGE, size + " > " + maxBytes + " bytes");
            }
            String sha256 = sha256(privateCopy);
            try (JarFile jar = new JarFile(privateCopy.toFile(), true)) {
                Manifest manifest = jar.getManifest();
                Attributes main = manifest == null ? null : manifest.getMainAttributes();
                String name = main == null ? null : main.getValue(Constants.BUNDLE_SYMBOLICNAME);
                if (name == null || !"2".equals(main.getValue(Constants.BUNDLE_MANIFESTVERSION))) {
                    return JarVerdict.rejected(JarRejectionReason.NOT_A_BUNDLE, "no Bundle-SymbolicName / Bundle-ManifestVersion: 2");
                }
                String symbolicName = name.split(";")[0].strip();
                if (!SAFE_NAME.matcher(symbolicName).matches()) {
                    return JarVerdict.rejected(JarRejectionReason.BAD_MANIFEST, "Bundle-SymbolicName " + SAFE_NAME.pattern());
                }
                if (RESERVED_PREFIXES.stream().anyMatch(symbolicName::startsWith)) {
                    return JarVerdict.rejected(JarRejectionReason.RESERVED_NAME, symbolicName);
                }
                String version;
                try {
                    version = Version.parseVersion(main.getValue(Constants.BUNDLE_VERSION)).toString();
                } catch (IllegalArgumentException e) {
                    return JarVerdict.rejected(JarRejectionReason.BAD_MANIFEST, "Bundle-Version: " + e.getMessage());
                }
                JarVerdict signature = !signingRequired ? null
                        : trusted.isEmpty() ? JarVerdict.rejected(JarRejectionReason.NO_TRUST_STORE, "set servicehall.plugins.truststore")
                        : verifySignatures(jar);
                return signature != null ? signature : JarVerdict.accepted(symbolicName, version, sha256);
            }
        } catch (ZipException e) {
            return JarVerdict.rejected(JarRejectionReason.NOT_A_JAR, e.getMessage());
        } catch (SecurityException e) {
            // a signed jar whose manifest or signature file was altered fails as it opens
            return JarVerdict.rejected(JarRejectionReason.TAMPERED, e.getMessage());
        } catch (IOException e) {
            return JarVerdict.rejected(JarRejectionReason.NOT_A_JAR, e.toString());
        }
    }

    /**
     * Reads every entry (which makes the JDK check its digest), then asks who signed it: every
     * signer of every entry must pass {@link SignerValidation}. Signers are the same objects across
     * entries, so each is judged once.
     */
    private JarVerdict verifySignatures(JarFile jar) throws IOException {
        List<JarEntry> entries = Collections.list(jar.entries());
        byte[] buffer = new byte[8192];
        boolean anySigned = false;
        Set<CertPath> accepted = new HashSet<>();
        for (JarEntry entry : entries) {
            if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                continue;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                while (in.read(buffer) != -1) {
                    // reading to the end verifies the entry's digest against the signed manifest
                }
            } catch (SecurityException e) {
                return JarVerdict.rejected(JarRejectionReason.TAMPERED, entry.getName() + ": " + e.getMessage());
            }
            CodeSigner[] signers = entry.getCodeSigners();
            if (signers == null || signers.length == 0) {
                if (anySigned || hasSignatureFiles(entries)) {
                    return ignoredSigner(jar, entries, accepted).orElse(
                            JarVerdict.rejected(JarRejectionReason.TAMPERED, entry.getName() + " is not covered by the signature"));
                }
                return JarVerdict.rejected(JarRejectionReason.UNSIGNED, entry.getName());
            }
            anySigned = true;
            for (CodeSigner signer : signers) {
                if (accepted.contains(signer.getSignerCertPath())) {
                    continue;
                }
                Optional<JarVerdict> refused = signerValidation.refusal(signer.getSignerCertPath());
                if (refused.isPresent()) {
                    return refused.get();
                }
                accepted.add(signer.getSignerCertPath());
            }
        }
        if (!anySigned) {
            return JarVerdict.rejected(JarRejectionReason.UNSIGNED, "no signed entries");
        }
        return ignoredSigner(jar, entries, accepted).orElse(null);
    }

    /**
     * A signature the JDK set aside when it verified the jar: it drops a signer whose certificate
     * forbids code signing (its entries then look unsigned), and a signature block that does not
     * verify. Every signer named in a block must be one that was judged and accepted.
     */
    private static Optional<JarVerdict> ignoredSigner(JarFile jar, List<JarEntry> entries, Set<CertPath> accepted)
            throws IOException {
        Set<X509Certificate> acceptedSigners = new HashSet<>();
        accepted.forEach(path -> acceptedSigners.add((X509Certificate) path.getCertificates().get(0)));
        for (JarEntry entry : entries) {
            if (!isSignatureBlock(entry.getName())) {
                continue;
            }
            Collection<? extends Certificate> certificates;
            try (InputStream in = jar.getInputStream(entry)) {
                certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            } catch (CertificateException e) {
                return Optional.of(JarVerdict.rejected(JarRejectionReason.TAMPERED, entry.getName() + ": " + e.getMessage()));
            }
            for (Certificate certificate : certificates) {
                if (certificate instanceof X509Certificate signer && signer.getBasicConstraints() < 0
                        && !acceptedSigners.contains(signer)) {
                    String who = signer.getSubjectX500Principal().getName();
                    return Optional.of(SignerValidation.forCodeSigning(signer)
                            ? JarVerdict.rejected(JarRejectionReason.TAMPERED, entry.getName() + ": the signature of " + who + " does not verify")
                            : JarVerdict.rejected(JarRejectionReason.NOT_FOR_CODE_SIGNING, who + ": key usage does not allow code signing"));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasSignatureFiles(List<JarEntry> entries) {
        return entries.stream().anyMatch(e -> e.getName().toUpperCase(Locale.ROOT).matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
    }

    private static boolean isSignatureBlock(String name) {
        return name.toUpperCase(Locale.ROOT).matches("META-INF/[^/]+\\.(RSA|DSA|EC)");
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals("META-INF/MANIFEST.MF")
                || upper.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")
                || upper.startsWith("META-INF/SIG-");
    }

    private static List<X509Certificate> certificates(KeyStore store) {
        List<X509Certificate> result = new ArrayList<>();
        if (store == null) {
            return result;
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate x509) {
                    result.add(x509);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unreadable trust store", e);
        }
        return result;
    }

    /** The SHA-256 of a file, in hex. */
    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[8192];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    digest.update(buffer, 0, read);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
