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
 * run adds demo users and data but no test settings, the Docker image adds what a deployed hall
 * needs with every value from the environment (staff registry, TLS, the database choice), and only
 * the test server gets test secrets and the JMX connector.
 */
class ServerConfigurationTest {

    /** Surefire runs in the server module; the configuration lives next to it. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SERVER_XML = ROOT.resolve("config/liberty/server.xml");
    private static final Path DATABASES = ROOT.resolve("config/liberty/db");
    private static final Path DEMO = ROOT.resolve("config/liberty/demo");
    private static final Path PRODUCTION_DIR = ROOT.resolve("config/liberty/production");
    private static final Path PRODUCTION = PRODUCTION_DIR.resolve("servicehall-production.xml");
    private static final Path BASIC_REGISTRY = PRODUCTION_DIR.resolve("registry/basic.xml");
    private static final Path LDAP_REGISTRY = PRODUCTION_DIR.resolve("registry/ldap.xml");
    private static final Path TEST_SERVER = ROOT.resolve("server/src/test/liberty/servicehall-it.xml");

    @Test
    void server_xml_alone_has_no_staff_account_no_demo_and_no_test_connector() throws Exception {
        Document server = parse(SERVER_XML);
        assertFalse(features(server).contains("localConnector-1.0"), "the JMX connector is for the test server only");
        assertTrue(features(server).stream().noneMatch(f -> f.startsWith("mpOpenAPI")), "no OpenAPI UI on a deployed server");
        assertEquals(0, server.getElementsByTagName("basicRegistry").getLength(), "no user registry, so no known password");
        NodeList includes = server.getElementsByTagName("include");
        assertEquals(2, includes.getLength(),
                "only the data source of the chosen database and the one-or-several-servers file are included (users.xml was)");
        assertEquals("${server.config.dir}/db/${servicehall.db}.xml", ((Element) includes.item(0)).getAttribute("location"));
        assertEquals(Optional.of("derby"), defaultValue(server, "servicehall.db"), "embedded Derby stays the default");
        assertEquals("${server.config.dir}/nodes/${servicehall.nodes}.xml", ((Element) includes.item(1)).getAttribute("location"));
        assertEquals(Optional.of("one"), defaultValue(server, "servicehall.nodes"), "one server on its own is the default");
        assertEquals(0, server.getElementsByTagName("keyStore").getLength(), "no keystore password in server.xml");
        assertEquals("http/1.1", ((Element) server.getElementsByTagName("httpEndpoint").item(0)).getAttribute("protocolVersion"),
                "Liberty 26.0.0.3's HTTP/2 stalled serving pages over HTTPS");
        assertEquals(Optional.of("false"), defaultValue(server, "servicehall.demo"));
        assertEquals(Optional.of("true"), defaultValue(server, "servicehall.plugins.signing.required"));
        assertTrue(variables(server).stream().noneMatch(v -> v.startsWith("servicehall.channel.") && !isJobSetting(v)),
                "no channel secrets or counterparts in server.xml: " + variables(server));
    }

    @Test
    void one_node_of_several_keeps_sessions_in_the_database_and_takes_its_keys_and_id_from_outside() throws Exception {
        Path nodes = ROOT.resolve("config/liberty/nodes");
        Document one = parse(nodes.resolve("one.xml"));
        assertEquals(0, one.getDocumentElement().getElementsByTagName("*").getLength(), "a server on its own adds nothing");
        Document several = parse(nodes.resolve("several.xml"));
        assertTrue(features(several).contains("sessionDatabase-1.0"));
        Element store = (Element) several.getElementsByTagName("httpSessionDatabase").item(0);
        assertEquals("GET_AND_SET_ATTRIBUTES", store.getAttribute("writeContents"),
                "beans changed in place are written back (the default misses them)");
        Element sessions = (Element) several.getElementsByTagName("dataSource").item(0);
        assertEquals("false", sessions.getAttribute("transactional"));
        assertEquals("${servicehall.db.password}",
                ((Element) sessions.getElementsByTagName("properties.postgresql").item(0)).getAttribute("password"));
        Element ltpa = (Element) several.getElementsByTagName("ltpa").item(0);
        assertEquals("${servicehall.ltpa.keys.file}", ltpa.getAttribute("keysFileName"));
        assertEquals("${servicehall.ltpa.keys.password}", ltpa.getAttribute("keysPassword"));
        assertEquals(Optional.of(""), defaultValue(several, "servicehall.ltpa.keys.password"), "never a key password in a file");
        assertEquals("${servicehall.node.id}",
                ((Element) several.getElementsByTagName("httpSession").item(0)).getAttribute("cloneId"));
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
        Document basic = parse(BASIC_REGISTRY);
        NodeList users = basic.getElementsByTagName("user");
        assertEquals(1, users.getLength());
        Element admin = (Element) users.item(0);
        assertEquals("${servicehall.admin.user}", admin.getAttribute("name"));
        assertEquals("${servicehall.admin.password}", admin.getAttribute("password"), "never a password in a file");
        // unset, the user has no name: Liberty ignores it rather than taking the literal as a name
        assertEquals(Optional.of(""), defaultValue(basic, "servicehall.admin.user"));
        assertEquals(Optional.of(""), defaultValue(basic, "servicehall.admin.password"));
        Element admins = (Element) basic.getElementsByTagName("group").item(0);
        assertEquals("${servicehall.group.admins}", admins.getAttribute("name"), "the group server.xml maps to ADMIN");
        assertEquals(Optional.of("admins"), defaultValue(parse(SERVER_XML), "servicehall.group.admins"));
        assertTrue(features(basic).isEmpty());
    }

    @Test
    void a_deployed_server_is_never_the_demo_and_keeps_signed_plugins() throws Exception {
        Document production = parse(PRODUCTION);
        assertEquals(Optional.of("false"), value(production, "servicehall.demo"), "value=, so no environment turns the demo on");
        assertTrue(defaultValue(production, "servicehall.plugins.signing.required").isEmpty());
        assertTrue(value(production, "servicehall.plugins.signing.required").isEmpty());
        assertFalse(features(production).stream().anyMatch(f -> f.startsWith("mpOpenAPI") || f.startsWith("localConnector")));
    }

    @Test
    void the_staff_registry_is_one_switch_between_the_first_administrator_and_the_directory() throws Exception {
        Document production = parse(PRODUCTION);
        NodeList includes = production.getElementsByTagName("include");
        assertEquals(1, includes.getLength());
        assertEquals("${server.config.dir}/registry/${servicehall.registry}.xml",
                ((Element) includes.item(0)).getAttribute("location"));
        assertEquals(Optional.of("basic"), defaultValue(production, "servicehall.registry"));
        assertTrue(Files.exists(BASIC_REGISTRY) && Files.exists(LDAP_REGISTRY));
        assertEquals(0, parse(LDAP_REGISTRY).getElementsByTagName("basicRegistry").getLength(),
                "one registry at a time: the directory's groups would exist twice in one realm");
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8);
        assertTrue(dockerfile.contains("COPY --chown=1001:0 config/liberty/production/registry/ /config/registry/"),
                "the image holds both registries where the include looks for them");
    }

    @Test
    void the_directory_registry_takes_every_value_from_the_environment() throws Exception {
        Document ldap = parse(LDAP_REGISTRY);
        assertTrue(features(ldap).contains("ldapRegistry-3.0"));
        Element registry = (Element) ldap.getElementsByTagName("ldapRegistry").item(0);
        for (String attribute : List.of("host", "port", "baseDN", "bindDN", "bindPassword", "sslEnabled",
                "connectTimeout", "readTimeout")) {
            assertTrue(registry.getAttribute(attribute).matches("\\$\\{servicehall\\.ldap\\.[a-z.]+\\}"),
                    attribute + " comes from a server variable (the environment): " + registry.getAttribute(attribute));
        }
        assertEquals(Optional.of(""), defaultValue(ldap, "servicehall.ldap.bind.password"), "no password in a file");
        assertEquals(Optional.of("true"), defaultValue(ldap, "servicehall.ldap.ssl"), "LDAPS unless the operator says otherwise");
        assertEquals(Optional.of("636"), defaultValue(ldap, "servicehall.ldap.port"));
        // a removed user's access ends within the cache time, which the operator chooses
        Element cache = (Element) ldap.getElementsByTagName("attributesCache").item(0);
        assertEquals("${servicehall.ldap.cache.timeout}", cache.getAttribute("timeout"));
        assertEquals("${servicehall.ldap.cache.timeout}",
                ((Element) ldap.getElementsByTagName("authCache").item(0)).getAttribute("timeout"));
        assertEquals(Optional.of("300s"), defaultValue(ldap, "servicehall.ldap.cache.timeout"));
    }

    @Test
    void a_deployed_server_speaks_https_only_with_hsts_and_secure_cookies() throws Exception {
        Document production = parse(PRODUCTION);
        assertTrue(features(production).contains("transportSecurity-1.0"));
        assertEquals(Optional.of("-1"), defaultValue(production, "default.http.port"), "plain HTTP closed");
        Element keyStore = (Element) production.getElementsByTagName("keyStore").item(0);
        assertEquals("defaultKeyStore", keyStore.getAttribute("id"));
        assertEquals("${servicehall.tls.keystore}", keyStore.getAttribute("location"));
        assertEquals("${servicehall.tls.keystore.password}", keyStore.getAttribute("password"));
        assertEquals(Optional.of(""), defaultValue(production, "servicehall.tls.keystore.password"),
                "no keystore password in a file, so Liberty makes no self-signed certificate either");
        Element headers = (Element) production.getElementsByTagName("headers").item(0);
        assertEquals("${servicehall.tls.hsts}", headers.getAttribute("set"));
        assertTrue(defaultValue(production, "servicehall.tls.hsts").orElseThrow()
                .matches("Strict-Transport-Security:max-age=\\d{8,}.*"), "HSTS for at least a year");
        assertEquals("true", ((Element) production.getElementsByTagName("webAppSecurity").item(0)).getAttribute("ssoRequiresSSL"));
        assertEquals("true", ((Element) production.getElementsByTagName("httpSession").item(0)).getAttribute("cookieSecure"));
    }

    @Test
    void the_production_files_hold_no_secret_and_name_the_database_switch() throws Exception {
        for (Path file : List.of(PRODUCTION, BASIC_REGISTRY, LDAP_REGISTRY)) {
            Document document = parse(file);
            NodeList all = document.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                for (int a = 0; a < element.getAttributes().getLength(); a++) {
                    String name = element.getAttributes().item(a).getNodeName();
                    String text = element.getAttributes().item(a).getNodeValue();
                    if (name.toLowerCase(java.util.Locale.ROOT).contains("password") && !element.getTagName().equals("variable")) {
                        assertTrue(text.startsWith("${"), file + ": " + element.getTagName() + " " + name + " is not a variable");
                    }
                }
            }
        }
        // PostgreSQL is the deployed default. Not as a variable here: server.xml includes the data
        // source before configDropins are read, so a value here would never pick the file
        assertEquals(Optional.empty(), defaultValue(parse(PRODUCTION), "servicehall.db"));
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8);
        assertTrue(dockerfile.lines().anyMatch(line -> line.strip().equals("ENV SERVICEHALL_DB=postgresql")),
                "the image chooses PostgreSQL in the environment");
    }

    @Test
    void metrics_are_served_but_never_to_anonymous_callers() throws Exception {
        Document server = parse(SERVER_XML);
        assertTrue(features(server).contains("mpMetrics-5.1"));
        assertEquals("true", ((Element) server.getElementsByTagName("mpMetrics").item(0)).getAttribute("authentication"));
        Element reader = (Element) server.getElementsByTagName("reader-role").item(0);
        assertEquals("${servicehall.metrics.group}", reader.getElementsByTagName("group").item(0).getTextContent().strip());
        assertEquals(Optional.of("${servicehall.group.admins}"), defaultValue(server, "servicehall.metrics.group"));
        assertEquals(0, server.getElementsByTagName("administrator-role").getLength(),
                "nobody is Liberty's administrator: reading metrics is all the reader role allows");
    }

    @Test
    void the_docker_image_is_pinned_and_carries_the_production_configuration_only() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8);
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(dockerfile);
        assertTrue(from.find());
        assertTrue(from.group(1).matches(".*:\\d+\\.\\d+\\.\\d+\\.\\d+-kernel-slim-java17-openj9-ubi-minimal"),
                "the base image names a Liberty release: " + from.group(1));
        assertTrue(dockerfile.contains("config/liberty/production/servicehall-production.xml"));
        assertTrue(dockerfile.contains("EXPOSE 9443") && !dockerfile.contains("EXPOSE 9080"), "HTTPS only");
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

    private static Optional<String> value(Document document, String name) {
        NodeList variables = document.getElementsByTagName("variable");
        for (int i = 0; i < variables.getLength(); i++) {
            Element variable = (Element) variables.item(i);
            if (variable.getAttribute("name").equals(name) && variable.hasAttribute("value")) {
                return Optional.of(variable.getAttribute("value"));
            }
        }
        return Optional.empty();
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
