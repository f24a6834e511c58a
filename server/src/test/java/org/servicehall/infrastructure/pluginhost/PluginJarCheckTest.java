package org.servicehall.infrastructure.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import jdk.security.jarsigner.JarSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks a jar passes before it reaches the plugin folder, on real jars: built here, and signed
 * with keys and certificates made by the JDK's keytool (a CA, certificates it issues, forged ones).
 */
class PluginJarCheckTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;

    private static KeyStore trusted;
    private static KeyStore stranger;
    private static Pki pki;
    private static Pki.Signer ca;
    private static Pki.Signer vendor;
    private static KeyStore caStore;

    @BeforeAll
    static void keys() throws Exception {
        trusted = keyStore("it-department");
        stranger = keyStore("somebody-else");
        pki = new Pki(Files.createDirectories(dir.resolve("pki")));
        ca = pki.certificateAuthority("ca", CA_NAME);
        vendor = pki.issued(ca, "vendor", "CN=Plugin vendor, O=ServiceHall test", null, 90,
                "ku=digitalSignature", "eku=codeSigning");
        caStore = pki.trustStore(ca.certificate());
    }

    @Test
    void a_plain_bundle_is_accepted_with_its_name_version_and_digest() throws IOException {
        Path jar = bundle("good.jar", "org.example.good", "1.2.3");
        JarVerdict verdict = unsignedAllowed().check(jar);
        assertTrue(verdict.isAccepted(), String.valueOf(verdict));
        assertEquals("org.example.good", verdict.symbolicName());
        assertEquals("1.2.3", verdict.version());
        assertEquals(64, verdict.sha256().length());
        assertNull(verdict.reason());
    }

    @Test
    void a_corrupt_file_is_not_a_jar() throws IOException {
        Path jar = dir.resolve("corrupt.jar");
        byte[] good = Files.readAllBytes(bundle("cut.jar", "org.example.cut", "1.0.0"));
        Files.write(jar, Arrays.copyOf(good, good.length / 3));
        assertEquals(JarRejectionReason.NOT_A_JAR, unsignedAllowed().check(jar).reason());
        Files.writeString(dir.resolve("text.jar"), "this is not a zip archive");
        assertEquals(JarRejectionReason.NOT_A_JAR, unsignedAllowed().check(dir.resolve("text.jar")).reason());
    }

    @Test
    void a_jar_without_bundle_headers_is_not_a_bundle() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Main-Class", "org.example.Main");
        Path jar = jar("library.jar", manifest);
        assertEquals(JarRejectionReason.NOT_A_BUNDLE, unsignedAllowed().check(jar).reason());
    }

    @Test
    void names_that_are_unsafe_or_reserved_and_bad_versions_are_refused() throws IOException {
        assertEquals(JarRejectionReason.BAD_MANIFEST, unsignedAllowed().check(bundle("slash.jar", "../../etc/passwd", "1.0.0")).reason());
        assertEquals(JarRejectionReason.RESERVED_NAME, unsignedAllowed().check(bundle("api.jar", "org.servicehall.plugin.api", "9.0.0")).reason());
        assertEquals(JarRejectionReason.BAD_MANIFEST, unsignedAllowed().check(bundle("version.jar", "org.example.v", "one.two")).reason());
    }

    @Test
    void a_jar_over_the_limit_is_too_large() throws IOException {
        Path jar = bundle("big.jar", "org.example.big", "1.0.0");
        assertEquals(JarRejectionReason.TOO_LARGE, new PluginJarCheck(100, false, null).check(jar).reason());
    }

    @Test
    void with_signing_required_a_jar_signed_by_a_trusted_certificate_is_accepted() throws Exception {
        Path signed = sign(bundle("signed-src.jar", "org.example.signed", "1.0.0"), trusted, "signed.jar");
        JarVerdict verdict = signingRequired().check(signed);
        assertTrue(verdict.isAccepted(), String.valueOf(verdict));
        assertEquals("org.example.signed", verdict.symbolicName());
    }

    @Test
    void with_signing_required_an_unsigned_jar_is_refused() throws IOException {
        assertEquals(JarRejectionReason.UNSIGNED, signingRequired().check(bundle("plain.jar", "org.example.plain", "1.0.0")).reason());
    }

    @Test
    void with_signing_required_a_jar_signed_by_an_unknown_certificate_is_refused() throws Exception {
        Path signed = sign(bundle("other-src.jar", "org.example.other", "1.0.0"), stranger, "other.jar");
        JarVerdict verdict = signingRequired().check(signed);
        assertEquals(JarRejectionReason.UNTRUSTED_SIGNER, verdict.reason());
        assertTrue(verdict.detail().contains("somebody-else"), verdict.detail());
    }

    @Test
    void a_signed_jar_changed_after_signing_is_tampered() throws Exception {
        Path signed = sign(bundle("tamper-src.jar", "org.example.tamper", "1.0.0"), trusted, "tamper-signed.jar");
        Path changed = rewrite(signed, "tampered.jar", "org/example/Rule.class", "evil".getBytes(StandardCharsets.UTF_8), false);
        assertEquals(JarRejectionReason.TAMPERED, signingRequired().check(changed).reason());

        Path added = rewrite(signed, "added.jar", "org/example/Extra.class", "extra".getBytes(StandardCharsets.UTF_8), true);
        assertEquals(JarRejectionReason.TAMPERED, signingRequired().check(added).reason());
    }

    // ----- signer paths validated with PKIX up to the trust store -----------------------------

    private static final String CA_NAME = "CN=ServiceHall Test CA, O=ServiceHall test";

    @Test
    void a_signer_certificate_issued_by_the_trusted_ca_is_accepted_with_or_without_the_ca_shipped() throws Exception {
        Path jar = bundle("vendor-src.jar", "org.example.vendor", "1.0.0");
        JarVerdict withCa = caTrusted().check(pki.sign(jar, vendor, "vendor.jar"));
        assertTrue(withCa.isAccepted(), String.valueOf(withCa));
        JarVerdict leafOnly = caTrusted().check(pki.sign(jar, vendor.shipping(List.of(vendor.certificate())), "vendor-leaf.jar"));
        assertTrue(leafOnly.isAccepted(), String.valueOf(leafOnly));
    }

    @Test
    void a_forged_chain_naming_the_trusted_ca_as_issuer_is_refused() throws Exception {
        // the forger's own CA carries the trusted CA's name; the jar ships the real CA's public certificate
        Pki.Signer forgerCa = pki.certificateAuthority("forger-ca", CA_NAME);
        Pki.Signer forged = pki.issued(forgerCa, "forged", "CN=Forged vendor, O=Elsewhere", null, 30,
                "ku=digitalSignature", "eku=codeSigning");
        assertEquals(ca.certificate().getSubjectX500Principal(), forged.certificate().getIssuerX500Principal());
        Path jar = bundle("forged-src.jar", "org.example.forged", "1.0.0");

        // no trusted CA issued the leaf (its authority key id is the forger's): no path to an anchor
        JarVerdict withRealCa = caTrusted().check(pki.sign(jar,
                forged.shipping(List.of(forged.certificate(), ca.certificate())), "forged.jar"));
        assertEquals(JarRejectionReason.UNTRUSTED_SIGNER, withRealCa.reason(), String.valueOf(withRealCa));
        assertTrue(withRealCa.detail().contains("Forged vendor"), withRealCa.detail());

        // the forger's CA certificate, named like the trusted CA, is not signed by the trusted CA's key
        JarVerdict withForgerCa = caTrusted().check(pki.sign(jar, forged, "forged-own-ca.jar"));
        assertEquals(JarRejectionReason.INVALID_CHAIN, withForgerCa.reason(), String.valueOf(withForgerCa));
    }

    @Test
    void an_expired_signer_is_refused_as_expired() throws Exception {
        Pki.Signer expired = pki.issued(ca, "expired", "CN=Expired vendor, O=ServiceHall test", "-60d", 30,
                "ku=digitalSignature", "eku=codeSigning");
        JarVerdict verdict = caTrusted().check(pki.sign(bundle("expired-src.jar", "org.example.expired", "1.0.0"),
                expired, "expired.jar"));
        assertEquals(JarRejectionReason.SIGNER_EXPIRED, verdict.reason(), String.valueOf(verdict));
    }

    @Test
    void validity_is_judged_at_the_hall_clock() throws Exception {
        Path signed = pki.sign(bundle("later-src.jar", "org.example.later", "1.0.0"), vendor, "later.jar");
        Clock inTwoYears = Clock.offset(Clock.systemUTC(), Duration.ofDays(730));
        assertEquals(JarRejectionReason.SIGNER_EXPIRED, new PluginJarCheck(1_000_000, true, caStore, inTwoYears).check(signed).reason());
        Clock lastYear = Clock.offset(Clock.systemUTC(), Duration.ofDays(-365));
        assertEquals(JarRejectionReason.SIGNER_EXPIRED, new PluginJarCheck(1_000_000, true, caStore, lastYear).check(signed).reason());
    }

    @Test
    void a_signer_certificate_not_meant_for_code_signing_is_refused() throws Exception {
        Pki.Signer webServer = pki.issued(ca, "web", "CN=www.hall.test, O=ServiceHall test", null, 30,
                "ku=digitalSignature,keyEncipherment", "eku=serverAuth");
        JarVerdict byUsage = caTrusted().check(pki.sign(bundle("web-src.jar", "org.example.web", "1.0.0"), webServer, "web.jar"));
        assertEquals(JarRejectionReason.NOT_FOR_CODE_SIGNING, byUsage.reason(), String.valueOf(byUsage));

        Pki.Signer encryptOnly = pki.issued(ca, "encrypt", "CN=Encryption only, O=ServiceHall test", null, 30,
                "ku=keyEncipherment");
        JarVerdict byKeyUsage = caTrusted().check(pki.sign(bundle("enc-src.jar", "org.example.enc", "1.0.0"), encryptOnly, "enc.jar"));
        assertEquals(JarRejectionReason.NOT_FOR_CODE_SIGNING, byKeyUsage.reason(), String.valueOf(byKeyUsage));
    }

    @Test
    void a_jar_signed_by_a_trusted_and_an_untrusted_signer_is_refused() throws Exception {
        Path once = pki.sign(bundle("twice-src.jar", "org.example.twice", "1.0.0"), vendor, "twice-once.jar");
        assertTrue(caTrusted().check(once).isAccepted());
        Pki.Signer outsider = pki.selfSigned("outsider", "CN=Outsider, O=Elsewhere");
        JarVerdict verdict = caTrusted().check(pki.sign(once, outsider, "twice.jar"));
        assertEquals(JarRejectionReason.UNTRUSTED_SIGNER, verdict.reason(), String.valueOf(verdict));
        assertTrue(verdict.detail().contains("Outsider"), verdict.detail());
    }

    @Test
    void a_certificate_issued_by_a_signer_that_is_no_ca_is_refused() throws Exception {
        // the vendor's code-signing certificate may sign jars, not certificates
        Pki.Signer underling = pki.issued(vendor, "underling", "CN=Underling, O=ServiceHall test", null, 10,
                "ku=digitalSignature", "eku=codeSigning");
        JarVerdict verdict = caTrusted().check(pki.sign(bundle("under-src.jar", "org.example.under", "1.0.0"), underling, "under.jar"));
        assertEquals(JarRejectionReason.INVALID_CHAIN, verdict.reason(), String.valueOf(verdict));
    }

    @Test
    void every_reason_has_a_text_on_the_plugin_screen_and_in_the_api_in_both_languages() {
        for (String bundle : List.of("org.servicehall.ui.i18n.staff", "org.servicehall.interfaces.messages.messages")) {
            String prefix = bundle.endsWith("staff") ? "plugins.reject." : "plugin.reject.";
            for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
                java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle(bundle, locale,
                        java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
                for (JarRejectionReason reason : JarRejectionReason.values()) {
                    assertTrue(texts.containsKey(prefix + reason.name()), bundle + " " + locale + " " + reason);
                }
            }
        }
    }

    @Test
    void with_signing_required_and_no_trust_store_every_jar_is_refused_for_that_reason() throws Exception {
        PluginJarCheck noTrustStore = new PluginJarCheck(1_000_000, true, null);
        assertFalse(noTrustStore.canAdmit());
        assertEquals(JarRejectionReason.NO_TRUST_STORE, noTrustStore.check(bundle("plain-nts.jar", "org.example.plain", "1.0.0")).reason());
        Path signed = sign(bundle("nts-src.jar", "org.example.nts", "1.0.0"), trusted, "signed-nts.jar");
        assertEquals(JarRejectionReason.NO_TRUST_STORE, noTrustStore.check(signed).reason());
        assertTrue(unsignedAllowed().canAdmit());
        assertTrue(signingRequired().canAdmit());
    }

    // ----- jars and keys --------------------------------------------------------------------

    private static PluginJarCheck unsignedAllowed() {
        return new PluginJarCheck(1_000_000, false, null);
    }

    private static PluginJarCheck caTrusted() {
        return new PluginJarCheck(1_000_000, true, caStore);
    }

    private static PluginJarCheck signingRequired() {
        return new PluginJarCheck(1_000_000, true, trusted);
    }

    private static Path bundle(String file, String symbolicName, String version) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        return jar(file, manifest);
    }

    private static Path jar(String file, Manifest manifest) throws IOException {
        Path jar = dir.resolve(file);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("org/example/Rule.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61});
            out.closeEntry();
            out.putNextEntry(new JarEntry("OSGI-INF/rule.xml"));
            out.write("<component/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static KeyStore keyStore(String name) throws Exception {
        Path file = dir.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "plugins", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=" + name + ", O=ServiceHall test", "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);
        return PluginJarCheck.loadTrustStore(file, PASSWORD);
    }

    private static Path sign(Path unsigned, KeyStore store, String file) throws Exception {
        PrivateKey key = (PrivateKey) store.getKey("plugins", PASSWORD);
        var path = CertificateFactory.getInstance("X.509")
                .generateCertPath(Arrays.asList(store.getCertificateChain("plugins")));
        JarSigner signer = new JarSigner.Builder(key, path).digestAlgorithm("SHA-256")
                .signatureAlgorithm("SHA256withRSA").build();
        Path signed = dir.resolve(file);
        try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            signer.sign(in, out);
        }
        return signed;
    }

    /** Copies a jar entry by entry, replacing (or adding) one entry; the signature files stay as they were. */
    private static Path rewrite(Path jar, String file, String entryName, byte[] content, boolean add) throws IOException {
        Path result = dir.resolve(file);
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(result))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (!add && entry.getName().equals(entryName)) {
                    out.write(content);
                } else {
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            if (add) {
                out.putNextEntry(new ZipEntry(entryName));
                out.write(content);
                out.closeEntry();
            }
        }
        return result;
    }
}
