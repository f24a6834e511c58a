package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way into the watched plugin folder: a jar uploaded or dropped into the incoming folder
 * is checked ({@link PluginJarCheck}) on a private copy and either moved into the watched folder
 * or kept in the rejected folder with the reason.
 */
final class PluginAdmission {

    private static final Logger LOG = Logger.getLogger(PluginAdmission.class.getName());

    private final PluginHostSettings settings;
    private final PluginFolders folders;
    private final Clock clock;
    private volatile PluginJarCheck check;

    PluginAdmission(PluginHostSettings settings, PluginFolders folders, Clock clock) {
        this.settings = settings;
        this.folders = folders;
        this.clock = clock;
    }

    /** Reads the trust store; warns when signing is required but nothing could ever be admitted. */
    void open() throws IOException {
        check = new PluginJarCheck(settings.maxJarBytes(), settings.signingRequired(), trustStore(), clock);
        if (!check.canAdmit()) {
            LOG.warning("Plugin signing is required (servicehall.plugins.signing.required=true) but no trusted "
                    + "certificate is configured: every plugin upload and jar in the incoming folder will be refused. "
                    + "Set servicehall.plugins.truststore (a PKCS12 file with the certificates that sign the hall's "
                    + "plugins) and servicehall.plugins.truststore.password, or switch signing off for a trial");
        }
    }

    private KeyStore trustStore() throws IOException {
        if (settings.trustStore() == null) {
            return null;
        }
        try {
            return PluginJarCheck.loadTrustStore(settings.trustStore(), settings.trustStorePassword().toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IOException("plugin trust store " + settings.trustStore() + " unreadable: " + e.getMessage(), e);
        }
    }

    /** Whether only jars the host placed in the watched folder may run. */
    boolean signingRequired() {
        return check.signingRequired();
    }

    /** Takes the jars IT dropped into the incoming folder, each through {@link #admit}. */
    void takeIncoming() {
        for (Path waiting : folders.waiting()) {
            Path copy = folders.newPrivateCopy();
            try {
                Files.copy(waiting, copy);
                Files.delete(waiting);
                admit(copy, waiting.getFileName().toString(), "incoming");
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not take {0} from the incoming folder: {1}",
                        new Object[] {waiting.getFileName(), e.toString()});
            }
        }
    }

    /**
     * Checks a private copy of a jar and either moves it into the watched folder (install or update
     * by symbolic name) or keeps it in the rejected folder with the reason.
     *
     * @param privateCopy  a file only the host writes, e.g. from {@link PluginFolders#newPrivateCopy()}
     * @param originalName the name the jar came with, for the report
     * @param actor        who brought it: a user name, or {@code incoming}
     */
    JarVerdict admit(Path privateCopy, String originalName, String actor) throws IOException {
        return admit(privateCopy, originalName, actor, (verdict, jar) -> { });
    }

    /** Where an accepted jar goes before it reaches this server's watched folder: the plugin table. */
    interface Publisher {
        void publish(JarVerdict verdict, Path checkedJar) throws IOException;
    }

    /**
     * As {@link #admit(Path, String, String)}, and an accepted jar is first handed to the
     * publisher: when that fails, the jar is dropped and the failure thrown, so nothing is installed
     * that the other servers would not get.
     */
    JarVerdict admit(Path privateCopy, String originalName, String actor, Publisher publisher)
            throws IOException {
        JarVerdict verdict = check.check(privateCopy);
        if (verdict.isAccepted()) {
            try {
                publisher.publish(verdict, privateCopy);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(privateCopy);
                throw e;
            }
            folders.markStopped(verdict.symbolicName(), false);
            folders.admit(privateCopy, verdict.symbolicName(), verdict.sha256());
            LOG.log(Level.INFO, "Plugin {0} {1} admitted (by {2})",
                    new Object[] {verdict.symbolicName(), verdict.version(), actor});
        } else {
            folders.reject(privateCopy, originalName, verdict.reason(), verdict.detail(), Instant.now(), actor);
            LOG.log(Level.WARNING, "Plugin jar {0} rejected: {1} ({2})",
                    new Object[] {originalName, verdict.reason(), verdict.detail()});
        }
        return verdict;
    }
}
