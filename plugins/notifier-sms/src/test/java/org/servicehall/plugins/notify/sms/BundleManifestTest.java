package org.servicehall.plugins.notify.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The bundle resolves in the host's Felix on its own: it carries jSMPP, SLF4J with its JDK logging
 * binding, and JSON-P, exports nothing, and imports only the JRE's packages and the plugin API
 * (anything else only optionally).
 */
class BundleManifestTest {

    @Test
    void the_libraries_are_inside_the_bundle_and_nothing_else_is_needed_from_the_host() throws Exception {
        Attributes main;
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "META-INF", "MANIFEST.MF"))) {
            main = new Manifest(in).getMainAttributes();
        }
        assertEquals("org.servicehall.plugins.notify.sms", main.getValue("Bundle-SymbolicName"));
        assertNull(main.getValue("Export-Package"));
        assertNull(main.getValue("Require-Bundle"));
        List<String> inside = Arrays.asList(main.getValue("Private-Package").split(","));
        assertTrue(inside.containsAll(List.of("org.jsmpp.session", "org.jsmpp.bean", "org.slf4j", "org.slf4j.impl",
                "jakarta.json", "org.eclipse.parsson")), inside.toString());
        List<String> needed = Arrays.stream(main.getValue("Import-Package").split(",(?=[a-z])"))
                .filter(clause -> !clause.contains("resolution:=optional"))
                .map(clause -> clause.split(";")[0])
                .filter(pkg -> !pkg.startsWith("java.") && !pkg.startsWith("javax.crypto") && !pkg.startsWith("javax.net")
                        && !pkg.startsWith("org.servicehall.plugin.api."))
                .toList();
        assertEquals(List.of(), needed);
        assertTrue(main.getValue("Import-Package").contains("org.servicehall.plugin.api.notify;version=\"[1.1,2)\""));
        assertTrue(Files.isRegularFile(Path.of("target", "classes", "OSGI-INF",
                "org.servicehall.plugins.notify.sms.SmsNotifier.xml")));
    }
}
