package org.servicehall.plugins.notify.wecom;

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
 * The bundle resolves in the host's Felix on its own: it carries JSON-P (by the rule in
 * plugins/pom.xml), exports nothing, and imports only the JRE's packages and the plugin API.
 */
class BundleManifestTest {

    @Test
    void json_p_is_inside_the_bundle_and_nothing_else_is_needed_from_the_host() throws Exception {
        Attributes main;
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "META-INF", "MANIFEST.MF"))) {
            main = new Manifest(in).getMainAttributes();
        }
        assertEquals("org.servicehall.plugins.notify.wecom", main.getValue("Bundle-SymbolicName"));
        assertNull(main.getValue("Export-Package"));
        List<String> inside = Arrays.asList(main.getValue("Private-Package").split(","));
        assertTrue(inside.containsAll(List.of("jakarta.json", "jakarta.json.spi", "org.eclipse.parsson")), inside.toString());
        List<String> needed = Arrays.stream(main.getValue("Import-Package").split(",(?=[a-z])"))
                .filter(clause -> !clause.contains("resolution:=optional"))
                .map(clause -> clause.split(";")[0])
                .filter(pkg -> !pkg.startsWith("java.") && !pkg.startsWith("javax.crypto") && !pkg.startsWith("javax.net")
                        && !pkg.startsWith("org.servicehall.plugin.api."))
                .toList();
        assertEquals(List.of(), needed);
        assertTrue(main.getValue("Import-Package").contains("org.servicehall.plugin.api.notify;version=\"[1.1,2)\""),
                "needs the notify API 1.1 (NotifierContext): " + main.getValue("Import-Package"));
        assertTrue(main.getValue("Service-Component").contains("GroupRobotNotifier"));
    }
}
