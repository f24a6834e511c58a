package org.servicehall.infrastructure.pluginhost;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether one signer of a jar is one the hall trusts. The certificates a signed jar carries are
 * only what the signer claims; the JDK hands them over as a path without verifying it. So the path
 * is validated here with PKIX, up to a certificate of the plugin trust store as trust anchor:
 * <ul>
 * <li>every signature in the path verifies with the key of the issuer it names, issuers are CAs
 *     allowed to sign certificates, and the last one is issued by an anchor (a certificate merely
 *     named like a trusted CA, or a copy of the CA's certificate shipped along, proves nothing);</li>
 * <li>every certificate, and the anchor itself, is valid at the hall clock's time of the check. A
 *     signing timestamp in the jar is not honoured: believing it would need the time-stamping
 *     authority's path validated as well, and installing is done now, so an expired signer must
 *     re-sign its plugin;</li>
 * <li>the signer's own certificate allows code signing: its extended key usage, when present, names
 *     codeSigning (or anyExtendedKeyUsage, as the JDK's jarsigner accepts), and its key usage, when
 *     present, includes digitalSignature.</li>
 * </ul>
 * Revocation is not checked: the hall makes no network calls to CRL or OCSP servers. A certificate
 * that must no longer sign plugins is taken out of the trust store (or its CA replaced).
 * <p>A certificate of the trust store may also be the signer itself (a pinned, usually
 * self-signed, signer certificate); its dates and usage are checked likewise.
 */
final class SignerValidation {

    static final String CODE_SIGNING = "1.3.6.1.5.5.7.3.3";
    static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";
    private static final int DIGITAL_SIGNATURE = 0;

    private final List<X509Certificate> anchors;
    private final Set<TrustAnchor> trustAnchors = new HashSet<>();
    private final Clock clock;

    SignerValidation(List<X509Certificate> anchors, Clock clock) {
        this.anchors = List.copyOf(anchors);
        this.clock = clock;
        for (X509Certificate anchor : anchors) {
            trustAnchors.add(new TrustAnchor(anchor, null));
        }
    }

    /** Why the signer with this path may not sign plugins; empty when it may. */
    Optional<JarVerdict> refusal(CertPath signerPath) {
        List<X509Certificate> chain = new ArrayList<>();
        for (var certificate : signerPath.getCertificates()) {
            if (!(certificate instanceof X509Certificate x509)) {
                return refuse(JarRejectionReason.UNTRUSTED_SIGNER, "not an X.509 certificate: " + certificate.getType());
            }
            chain.add(x509);
        }
        if (chain.isEmpty() || anchors.isEmpty()) {
            return refuse(JarRejectionReason.UNTRUSTED_SIGNER, "no certificate");
        }
        X509Certificate signer = chain.get(0);
        String who = signer.getSubjectX500Principal().getName();
        Date now = Date.from(clock.instant());
        X509Certificate anchor;
        int anchorAt = indexOfAnchor(chain);
        if (anchorAt == 0) {
            anchor = signer;
        } else {
            // the path to validate ends below the anchor: a copy of the anchor shipped in the jar is cut off
            List<X509Certificate> path = anchorAt > 0 ? chain.subList(0, anchorAt) : chain;
            try {
                PKIXParameters parameters = new PKIXParameters(trustAnchors);
                parameters.setRevocationEnabled(false);
                parameters.setDate(now);
                CertPath toValidate = CertificateFactory.getInstance("X.509").generateCertPath(path);
                PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult)
                        CertPathValidator.getInstance("PKIX").validate(toValidate, parameters);
                anchor = result.getTrustAnchor().getTrustedCert();
            } catch (CertPathValidatorException e) {
                return refuse(reasonFor(e), who + ": " + e.getMessage());
            } catch (GeneralSecurityException e) {
                return refuse(JarRejectionReason.UNTRUSTED_SIGNER, who + ": " + e.getMessage());
            }
        }
        try {
            anchor.checkValidity(now);
            signer.checkValidity(now);
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return refuse(JarRejectionReason.SIGNER_EXPIRED, who + " (or its trusted issuer) valid "
                    + signer.getNotBefore().toInstant() + " .. " + signer.getNotAfter().toInstant() + " only: " + e.getMessage());
        }
        return forCodeSigning(signer) ? Optional.empty()
                : refuse(JarRejectionReason.NOT_FOR_CODE_SIGNING, who + ": key usage does not allow code signing");
    }

    private int indexOfAnchor(List<X509Certificate> chain) {
        for (int i = 0; i < chain.size(); i++) {
            if (anchors.contains(chain.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static JarRejectionReason reasonFor(CertPathValidatorException e) {
        if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
                || e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
            return JarRejectionReason.SIGNER_EXPIRED;
        }
        if (e.getReason() == PKIXReason.NO_TRUST_ANCHOR) {
            return JarRejectionReason.UNTRUSTED_SIGNER;
        }
        return JarRejectionReason.INVALID_CHAIN;
    }

    /** Code signing allowed by the extended key usage and the key usage, each when present. */
    static boolean forCodeSigning(X509Certificate signer) {
        try {
            List<String> extended = signer.getExtendedKeyUsage();
            if (extended != null && !extended.contains(CODE_SIGNING) && !extended.contains(ANY_EXTENDED_KEY_USAGE)) {
                return false;
            }
        } catch (CertificateParsingException e) {
            return false;
        }
        boolean[] usage = signer.getKeyUsage();
        return usage == null || usage[DIGITAL_SIGNATURE];
    }

    private static Optional<JarVerdict> refuse(JarRejectionReason reason, String detail) {
        return Optional.of(JarVerdict.rejected(reason, detail));
    }
}
