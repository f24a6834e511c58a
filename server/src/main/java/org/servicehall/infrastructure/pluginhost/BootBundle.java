package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.io.InputStream;

/**
 * A bundle the host itself needs (Declarative Services, File Install), installed from the WAR
 * before any plugin.
 *
 * @param name    a name for its location, e.g. {@code 20-org.apache.felix.scr.jar}
 * @param content opens the jar's bytes
 */
public record BootBundle(String name, Content content) {

    /** Opens the jar's bytes; may be called once per start. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
