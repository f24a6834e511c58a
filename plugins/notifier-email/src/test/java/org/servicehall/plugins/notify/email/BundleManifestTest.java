package org.servicehall.plugins.notify.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The bundle resolves in the host's Felix on its own: it embeds the mail library, exports nothing,
 * imports only the JRE's packages and the plugin API (anything else only optionally), and gets its
 * host context through Declarative Services.
 */
class BundleManifestTest {

    @Test
    void the_bundle_imports_only_what_the_host_exports() throws Exception {
        Attributes main;
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "META-INF", "MANIFEST.MF"))) {
            main = new Manifest(in).getMainAttributes();
        }
        assertEquals("org.servicehall.plugins.notify.email", main.getValue("Bundle-SymbolicName"));
        assertNull(main.getValue("Export-Package"));
        assertNull(main.getValue("Require-Bundle"));
        List<String> unexpected = new ArrayList<>();
        for (String clause : main.getValue("Import-Package").split(",(?=[a-z])")) {
            String pkg = clause.split(";")[0].strip();
            boolean jre = pkg.startsWith("java.") || pkg.startsWith("javax.net") || pkg.startsWith("javax.security.")
                    || pkg.startsWith("javax.crypto");
            boolean api = pkg.startsWith("org.servicehall.plugin.api.");
            if (!jre && !api && !clause.contains("resolution:=optional")) {
                unexpected.add(clause);
            }
        }
        assertTrue(unexpected.isEmpty(), "imports the host does not export: " + unexpected);
        assertTrue(main.getValue("Import-Package").contains("org.servicehall.plugin.api.notify;version=\"[1.1,2)\""),
                "needs the notify API 1.1 (NotifierContext): " + main.getValue("Import-Package"));
        assertTrue(main.getValue("Private-Package").contains("org.eclipse.angus.mail.smtp"));
        assertTrue(main.getValue("Service-Component").contains("EmailNotifier"));
        assertTrue(Files.isRegularFile(Path.of("target", "classes", "META-INF", "services", "jakarta.mail.util.StreamProvider")));
    }
}
