package org.servicehall.plugins.channel.email;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The certificates a hall trusts for its own mail server when that server's certificate is not
 * signed by a public CA: a PEM file of certificates (the server's own, or the hall's CA), or a
 * PKCS12 store ({@code .p12}, {@code .pfx}). Only these are trusted then, and the server's name is
 * still checked against its certificate.
 */
final class MailTrust {

    /** The trust store file cannot be used; the message names the file's problem, never a password. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private MailTrust() {
    }

    /** A socket factory trusting exactly the certificates of the file. */
    static SSLSocketFactory socketFactory(String file, String password) throws Unusable {
        Path path = Path.of(file);
        try {
            KeyStore trusted;
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".p12") || name.endsWith(".pfx")) {
                trusted = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(path)) {
                    trusted.load(in, password == null || password.isEmpty() ? null : password.toCharArray());
                }
            } else {
                trusted = KeyStore.getInstance(KeyStore.getDefaultType());
                trusted.load(null, null);
                Collection<? extends Certificate> certificates;
                try (InputStream in = Files.newInputStream(path)) {
                    certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
                }
                if (certificates.isEmpty()) {
                    throw new Unusable("no certificate in the file", null);
                }
                int i = 0;
                for (Certificate certificate : certificates) {
                    trusted.setCertificateEntry("mail-" + i++, certificate);
                }
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls.getSocketFactory();
        } catch (IOException e) {
            throw new Unusable("cannot be read (" + e.getClass().getSimpleName() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new Unusable("holds no usable certificate (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
