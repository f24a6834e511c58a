package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.io.InputStream;
import org.osgi.framework.Bundle;

/**
 * A bundle the host itself needs (Declarative Services, File Install), installed from the WAR
 * before any plugin.
 *
 * @param name    a name for its location, e.g. {@code 20-org.apache.felix.scr.jar}
 * @param content opens the jar's bytes
 */
public record BootBundle(String name, Content content) {

    /** How a boot bundle's location starts; no plugin's location does. */
    static final String LOCATION_PREFIX = "servicehall-boot:";

    /** Whether the bundle is one of the host's own, not a plugin. */
    static boolean isBoot(Bundle bundle) {
        return bundle.getLocation().startsWith(LOCATION_PREFIX);
    }

    /** Opens the jar's bytes; may be called once per start. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
