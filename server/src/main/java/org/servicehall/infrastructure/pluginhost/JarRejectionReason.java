package org.servicehall.infrastructure.pluginhost;

/** Why a jar was turned away; each has a text in the host's bundles ({@code plugin.reject.<code>}). */
public enum JarRejectionReason {
    TOO_LARGE, NOT_A_JAR, NOT_A_BUNDLE, BAD_MANIFEST, RESERVED_NAME, UNSIGNED, UNTRUSTED_SIGNER, TAMPERED,
    NOT_ADMITTED,
    /** Signing is required, but the server has no trust store to check signatures against. */
    NO_TRUST_STORE,
    /** A certificate of the signer's path is not valid at the hall's time: expired or not yet valid. */
    SIGNER_EXPIRED,
    /** The signer's certificate forbids code signing (extended key usage or key usage). */
    NOT_FOR_CODE_SIGNING,
    /** The signer's path does not verify: a certificate not signed by the issuer it names, or an issuer that may not issue. */
    INVALID_CHAIN
}
