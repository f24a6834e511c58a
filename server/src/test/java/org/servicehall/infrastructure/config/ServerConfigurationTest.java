package org.servicehall.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Liberty configuration as shipped: server.xml alone is safe for a deployed server, the demo
 * run adds demo users and data but no test settings, the Docker image adds the first
 * administrator from the environment, and only the test server gets test secrets and the JMX
 * connector.
 */
class ServerConfigurationTest {

    /** Surefire runs in the server module; the configuration lives next to it. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SERVER_XML = ROOT.resolve("config/liberty/server.xml");
    private static final Path DATABASES = ROOT.resolve("config/liberty/db");
    private static final Path DEMO = ROOT.resolve("config/liberty/demo");
    private static final Path PRODUCTION = ROOT.resolve("config/liberty/production/servicehall-production.xml");
    private static final Path TEST_SERVER = ROOT.resolve("server/src/test/liberty/servicehall-it.xml");

    @Test
    void server_xml_alone_has_no_staff_account_no_demo_and_no_test_connector() throws Exception {
        Document server = parse(SERVER_XML);
        assertFalse(features(server).contains("localConnector-1.0"), "the JMX connector is for the test server only");
        assertTrue(features(server).stream().noneMatch(f -> f.startsWith("mpOpenAPI")), "no OpenAPI UI on a deployed server");
        assertEquals(0, server.getElementsByTagName("basicRegistry").getLength(), "no user registry, so no known password");
        NodeList includes = server.getElementsByTagName("include");
        assertEquals(1, includes.getLength(), "only the data source of the chosen database is included (users.xml was)");
        assertEquals("${server.config.dir}/db/${servicehall.db}.xml", ((Element) includes.item(0)).getAttribute("location"));
        assertEquals(Optional.of("derby"), defaultValue(server, "servicehall.db"), "embedded Derby stays the default");
        assertEquals(Optional.of("false"), defaultValue(server, "servicehall.demo"));
        assertEquals(Optional.of("true"), defaultValue(server, "servicehall.plugins.signing.required"));
        assertTrue(variables(server).stream().noneMatch(v -> v.startsWith("servicehall.channel.") && !isJobSetting(v)),
                "no channel secrets or counterparts in server.xml: " + variables(server));
    }

    @Test
    void each_database_has_a_data_source_file_and_postgresql_takes_its_password_from_outside() throws Exception {
        for (String database : List.of("derby", "postgresql")) {
            Document file = parse(DATABASES.resolve(database + ".xml"));
            NodeList dataSources = file.getElementsByTagName("dataSource");
            assertEquals(1, dataSources.getLength(), database);
            assertEquals("jdbc/servicehall", ((Element) dataSources.item(0)).getAttribute("jndiName"));
        }
        Document postgresql = parse(DATABASES.resolve("postgresql.xml"));
        Element properties = (Element) postgresql.getElementsByTagName("properties.postgresql").item(0);
        assertEquals("${servicehall.db.password}", properties.getAttribute("password"));
        assertEquals(Optional.of(""), defaultValue(postgresql, "servicehall.db.password"), "never a password in a file");
        assertEquals(Optional.of("require"), defaultValue(postgresql, "servicehall.db.sslmode"), "encrypted unless told otherwise");
    }

    @Test
    void the_demo_run_adds_demo_users_and_data_and_unsigned_plugins_but_no_test_settings() throws Exception {
        Document demo = parse(DEMO.resolve("servicehall-demo.xml"));
        assertEquals(Optional.of("true"), defaultValue(demo, "servicehall.demo"));
        assertEquals(Optional.of("false"), defaultValue(demo, "servicehall.plugins.signing.required"));
        assertTrue(features(demo).contains("mpOpenAPI-4.0"));
        assertFalse(features(demo).contains("localConnector-1.0"));
        Document users = parse(DEMO.resolve("demo-users.xml"));
        assertTrue(users.getElementsByTagName("user").getLength() > 0);
        for (Path file : xmlFiles(DEMO)) {
            List<String> names = variables(parse(file));
            assertTrue(names.stream().noneMatch(v -> v.startsWith("servicehall.channel.") || v.startsWith("servicehall.clock.")
                    || v.startsWith("servicehall.escalation.") || v.startsWith("servicehall.it.")),
                    file + " sets test settings: " + names);
        }
    }

    @Test
    void the_build_gives_the_demo_run_no_test_variables() throws IOException {
        // liberty.var.* / liberty.defaultVar.* properties reach every server the build creates, the demo run's included
        String pom = Files.readString(ROOT.resolve("server/pom.xml"), StandardCharsets.UTF_8);
        String properties = pom.substring(pom.indexOf("<properties>"), pom.indexOf("</properties>"));
        Matcher property = Pattern.compile("<(liberty\\.(?:var|defaultVar|bootstrap|env|jvm)\\.[^>]+)>").matcher(properties);
        assertFalse(property.find(), () -> "server/pom.xml sets " + property.group(1) + " for every server it runs");
        assertTrue(pom.contains("<configDirectory>${project.build.directory}/liberty-config/demo</configDirectory>"));
        assertTrue(pom.contains("<configDirectory>${project.build.directory}/liberty-config/it</configDirectory>"));
    }

    @Test
    void a_deployed_server_gets_its_first_administrator_from_the_environment_and_nothing_else() throws Exception {
        Document production = parse(PRODUCTION);
        NodeList users = production.getElementsByTagName("user");
        assertEquals(1, users.getLength());
        Element admin = (Element) users.item(0);
        assertEquals("${servicehall.admin.user}", admin.getAttribute("name"));
        assertEquals("${servicehall.admin.password}", admin.getAttribute("password"), "never a password in a file");
        // unset, the user has no name: Liberty ignores it rather than taking the literal as a name
        assertEquals(Optional.of(""), defaultValue(production, "servicehall.admin.user"));
        assertEquals(Optional.of(""), defaultValue(production, "servicehall.admin.password"));
        Element admins = (Element) production.getElementsByTagName("group").item(0);
        assertEquals("admins", admins.getAttribute("name"));
        assertTrue(features(production).isEmpty());
        assertTrue(defaultValue(production, "servicehall.demo").isEmpty());
        assertTrue(defaultValue(production, "servicehall.plugins.signing.required").isEmpty());
    }

    @Test
    void the_docker_image_is_pinned_and_carries_the_production_configuration_only() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8);
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(dockerfile);
        assertTrue(from.find());
        assertTrue(from.group(1).matches(".*:\\d+\\.\\d+\\.\\d+\\.\\d+-kernel-slim-java17-openj9-ubi-minimal"),
                "the base image names a Liberty release: " + from.group(1));
        assertTrue(dockerfile.contains("config/liberty/production/servicehall-production.xml"));
        for (String line : dockerfile.lines().filter(l -> l.startsWith("COPY")).toList()) {
            assertFalse(line.contains("demo") || line.contains("users.xml") || line.contains("liberty-config/it"),
                    "the image copies demo or test configuration: " + line);
        }
    }

    @Test
    void only_the_test_server_has_the_jmx_connector_and_test_secrets() throws Exception {
        Document test = parse(TEST_SERVER);
        assertTrue(features(test).contains("localConnector-1.0"));
        assertTrue(variables(test).contains("servicehall.channel.hotline-12345.secret"));
        assertTrue(variables(test).contains("servicehall.clock.shift.file"));
    }

    /** The channel job's own timing lives in server.xml; everything else under servicehall.channel. is a channel's. */
    private static boolean isJobSetting(String variable) {
        return variable.equals("servicehall.channel.period.millis") || variable.startsWith("servicehall.channel.retry.");
    }

    private static List<Path> xmlFiles(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> features(Document document) {
        List<String> result = new ArrayList<>();
        NodeList features = document.getElementsByTagName("feature");
        for (int i = 0; i < features.getLength(); i++) {
            result.add(features.item(i).getTextContent().strip());
        }
        return result;
    }

    private static List<String> variables(Document document) {
        List<String> result = new ArrayList<>();
        NodeList variables = document.getElementsByTagName("variable");
        for (int i = 0; i < variables.getLength(); i++) {
            result.add(((Element) variables.item(i)).getAttribute("name"));
        }
        return result;
    }

    private static Optional<String> defaultValue(Document document, String name) {
        NodeList variables = document.getElementsByTagName("variable");
        for (int i = 0; i < variables.getLength(); i++) {
            Element variable = (Element) variables.item(i);
            if (variable.getAttribute("name").equals(name) && variable.hasAttribute("defaultValue")) {
                return Optional.of(variable.getAttribute("defaultValue"));
            }
        }
        return Optional.empty();
    }
}
