package it.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.net.InetAddress;

/**
 * The organisation's directory in the tests: UnboundID's in-memory LDAP server on the port the
 * build reserved and wrote into the test server's environment (SERVICEHALL_LDAP_PORT), with the
 * hall's staff in groups named as server.xml maps them to roles. Started once per test run by the
 * first test that needs it; a test may stop it (the directory is down) and start it again.
 */
final class HallDirectory {

    static final String BASE = "dc=hall,dc=test";
    static final String PASSWORD = "Directory-2026";
    static final String HANDLER = "lin.handler";
    static final String SUPERVISOR = "gao.supervisor";
    static final String ADMIN = "qian.admin";
    static final String NO_ROLE = "wen.visitor";

    private static InMemoryDirectoryServer server;

    private HallDirectory() {
    }

    static synchronized InMemoryDirectoryServer up() throws Exception {
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("servicehall.it.ldap.port"));
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                    port, null));
            // the read-only service account ServiceHall binds with (SERVICEHALL_LDAP_BIND_DN)
            config.addAdditionalBindCredentials("cn=servicehall,ou=services," + BASE, "it-ldap-bind-secret");
            server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: hall");
            server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
            server.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
            person(HANDLER, "林办理");
            person(SUPERVISOR, "高督办");
            person(ADMIN, "钱运维");
            person(NO_ROLE, "温访客");
            group("handlers", HANDLER);
            group("supervisors", SUPERVISOR);
            group("admins", ADMIN);
            group("reception");
            server.startListening();
        } else if (server.getListenPort() < 0) {
            server.startListening();
        }
        return server;
    }

    /** The directory stops answering: its port is closed. */
    static synchronized void down() {
        if (server != null) {
            server.shutDown(false);
        }
    }

    /** A new staff member in a group, as the organisation's IT would add them. */
    static void person(String uid, String name) throws Exception {
        server.add("dn: uid=" + uid + ",ou=people," + BASE, "objectClass: inetOrgPerson", "uid: " + uid,
                "cn: " + name, "sn: " + name.substring(0, 1), "displayName: " + name, "userPassword: " + PASSWORD);
    }

    static void join(String uid, String group) throws Exception {
        server.modify("cn=" + group + ",ou=groups," + BASE,
                new Modification(ModificationType.ADD, "member", dn(uid)));
    }

    /** The staff member leaves: their entry and their group membership are removed. */
    static void remove(String uid, String group) throws Exception {
        server.modify("cn=" + group + ",ou=groups," + BASE,
                new Modification(ModificationType.DELETE, "member", dn(uid)));
        server.delete(dn(uid));
    }

    private static void group(String name, String... members) throws Exception {
        String[] lines = new String[members.length + 3];
        lines[0] = "dn: cn=" + name + ",ou=groups," + BASE;
        lines[1] = "objectClass: groupOfNames";
        lines[2] = "cn: " + name;
        for (int i = 0; i < members.length; i++) {
            lines[i + 3] = "member: " + dn(members[i]);
        }
        if (members.length == 0) {
            // groupOfNames needs a member; the base entry stands in for "nobody"
            lines = java.util.Arrays.copyOf(lines, 4);
            lines[3] = "member: " + BASE;
        }
        server.add(lines);
    }

    private static String dn(String uid) {
        return "uid=" + uid + ",ou=people," + BASE;
    }
}
