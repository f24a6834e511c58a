package org.servicehall.infrastructure.pluginhost;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the host finds plugins and keeps its own files, and what it admits.
 *
 * @param pluginsDir         the watched plugin folder, outside the WAR; the source of truth for what is installed
 * @param cacheDir           the framework's storage, one per server instance; cleaned at every start
 * @param pollInterval       how often the plugin folder and the incoming folder are scanned
 * @param callTimeout        how long one call into a plugin may take before it counts as failed
 * @param maxJarBytes        the largest plugin jar accepted through upload or the incoming folder
 * @param signingRequired    whether only jars signed by a certificate of the trust store are installed
 * @param trustStore         a PKCS12 file with the certificates trusted to sign plugins (null: none;
 *                           with signing required every jar is then refused)
 * @param trustStorePassword its password (may be empty)
 */
public record PluginHostSettings(Path pluginsDir, Path cacheDir, Duration pollInterval, Duration callTimeout,
                                 long maxJarBytes, boolean signingRequired, Path trustStore, String trustStorePassword) {

    public static final long DEFAULT_MAX_JAR_BYTES = 20L * 1024 * 1024;

    public PluginHostSettings {
        Objects.requireNonNull(pluginsDir, "pluginsDir");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(callTimeout, "callTimeout");
        trustStorePassword = trustStorePassword == null ? "" : trustStorePassword;
    }

    /** Signing off, the default jar size limit. */
    public PluginHostSettings(Path pluginsDir, Path cacheDir, Duration pollInterval, Duration callTimeout) {
        this(pluginsDir, cacheDir, pollInterval, callTimeout, DEFAULT_MAX_JAR_BYTES, false, null, "");
    }

    @Override
    public String toString() {
        return "PluginHostSettings[pluginsDir=" + pluginsDir + ", signingRequired=" + signingRequired + "]";
    }
}
