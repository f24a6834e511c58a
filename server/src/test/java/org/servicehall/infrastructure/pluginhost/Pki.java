package org.servicehall.infrastructure.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/**
 * Real keys and certificates for signing tests, made by the JDK's keytool in a folder: a CA, the
 * certificates it issues, and self-made ones; jars signed with the JDK's JarSigner.
 */
final class Pki {

    static final String PASSWORD = "changeit";

    private final Path dir;

    Pki(Path dir) {
        this.dir = dir;
    }

    /** A key pair and the certificate path that is shipped with its signatures. */
    record Signer(String name, PrivateKey key, List<X509Certificate> chain) {

        /** The same key shipping another path (e.g. a forged one). */
        Signer shipping(List<X509Certificate> otherChain) {
            return new Signer(name, key, otherChain);
        }

        X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** A self-signed CA (basic constraints CA, may sign certificates). */
    Signer certificateAuthority(String alias, String dname) throws Exception {
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "365",
                "-dname", dname, "-ext", "bc:c", "-ext", "ku:c=keyCertSign,cRLSign", "-keystore", store(alias));
        return load(alias);
    }

    /** A self-signed certificate with no extensions, as {@code keytool -genkeypair} makes by default. */
    Signer selfSigned(String alias, String dname) throws Exception {
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", dname, "-keystore", store(alias));
        return load(alias);
    }

    /**
     * A key pair whose certificate {@code issuer} signs.
     *
     * @param startDate keytool's {@code -startdate}, e.g. {@code -60d}; null for now
     * @param extensions keytool {@code -ext} values, e.g. {@code eku=codeSigning}
     */
    Signer issued(Signer issuer, String alias, String dname, String startDate, int validityDays, String... extensions)
            throws Exception {
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", dname, "-keystore", store(alias));
        Path request = dir.resolve(alias + ".csr");
        keytool("-certreq", "-alias", alias, "-keystore", store(alias), "-file", request.toString());
        Path certificate = dir.resolve(alias + ".pem");
        List<String> gencert = new ArrayList<>(List.of("-gencert", "-alias", issuer.name(), "-keystore",
                store(issuer.name()), "-infile", request.toString(), "-outfile", certificate.toString(), "-rfc",
                "-validity", String.valueOf(validityDays)));
        if (startDate != null) {
            gencert.addAll(List.of("-startdate", startDate));
        }
        for (String extension : extensions) {
            gencert.addAll(List.of("-ext", extension));
        }
        keytool(gencert.toArray(String[]::new));
        X509Certificate leaf;
        try (InputStream in = Files.newInputStream(certificate)) {
            leaf = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(leaf);
        chain.addAll(issuer.chain());
        return new Signer(alias, load(alias).key(), List.copyOf(chain));
    }

    /** A PKCS12 trust store holding these certificates as trusted entries only (no keys). */
    KeyStore trustStore(X509Certificate... trusted) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int i = 0; i < trusted.length; i++) {
            store.setCertificateEntry("trusted-" + i, trusted[i]);
        }
        return store;
    }

    /** Signs {@code unsigned} into {@code file}; a jar already signed keeps its other signatures. */
    Path sign(Path unsigned, Signer signer, String file) throws Exception {
        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(signer.chain());
        JarSigner jarSigner = new JarSigner.Builder(signer.key(), path).digestAlgorithm("SHA-256")
                .signatureAlgorithm("SHA256withRSA").signerName(signerName(signer.name()))
                .build();
        Path signed = dir.resolve(file);
        try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            jarSigner.sign(in, out);
        }
        return signed;
    }

    /** The signature files' base name: at most 8 characters. */
    private static String signerName(String alias) {
        String name = alias.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return name.substring(0, Math.min(8, name.length()));
    }

    private Signer load(String alias) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(store(alias)))) {
            store.load(in, PASSWORD.toCharArray());
        }
        PrivateKey key = (PrivateKey) store.getKey(alias, PASSWORD.toCharArray());
        List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(alias)).map(X509Certificate.class::cast).toList();
        return new Signer(alias, key, chain);
    }

    private String store(String alias) {
        return dir.resolve(alias + ".p12").toString();
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), String.join(" ", arguments) + ": " + output);
    }
}
