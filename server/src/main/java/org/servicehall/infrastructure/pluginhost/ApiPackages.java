package org.servicehall.infrastructure.pluginhost;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Reads which packages, at which versions, the plugin API jar exports, from that jar's own
 * manifest, so that the versions the host exports never drift from the API that was built.
 */
final class ApiPackages {

    static final String API_BUNDLE = "org.servicehall.plugin.api";

    private ApiPackages() {
    }

    /** The API jar's Export-Package header, verbatim. */
    static String exportPackage(ClassLoader loader) {
        try {
            Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                URL url = manifests.nextElement();
                try (InputStream in = url.openStream()) {
                    Attributes main = new Manifest(in).getMainAttributes();
                    String name = main.getValue("Bundle-SymbolicName");
                    if (name != null && name.split(";")[0].strip().equals(API_BUNDLE)) {
                        String exports = main.getValue("Export-Package");
                        if (exports == null || exports.isBlank()) {
                            throw new IllegalStateException("the plugin API jar exports no package");
                        }
                        return exports;
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the plugin API manifest", e);
        }
        throw new IllegalStateException("the plugin API jar (" + API_BUNDLE + ") is not on the class path");
    }
}
