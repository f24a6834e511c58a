package org.servicehall.infrastructure.pluginhost;

/** The outcome: either the bundle's identity, or the reason and a technical detail. */
public record JarVerdict(String symbolicName, String version, String sha256, JarRejectionReason reason, String detail) {

    static JarVerdict accepted(String symbolicName, String version, String sha256) {
        return new JarVerdict(symbolicName, version, sha256, null, null);
    }

    static JarVerdict rejected(JarRejectionReason reason, String detail) {
        return new JarVerdict(null, null, null, reason, detail);
    }

    public boolean isAccepted() {
        return reason == null;
    }
}
