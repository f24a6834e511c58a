package org.servicehall.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicehall.application.StaffAccounts;

/**
 * Staff accounts as the server's configuration has them. The demo run brings its demo registry
 * ({@code servicehall.demo=true}); a deployed server either gets its first administrator from the
 * operator ({@code SERVICEHALL_ADMIN_USER} and {@code SERVICEHALL_ADMIN_PASSWORD}, registry
 * {@code basic}) or its staff from the organisation's directory ({@code SERVICEHALL_REGISTRY=ldap},
 * {@code SERVICEHALL_LDAP_*}), both read by the registries of {@code config/liberty/production}.
 * Without either nobody can log in, and the server says so rather than falling back to a password
 * anyone could know.
 */
@ApplicationScoped
public class ConfiguredStaffAccounts implements StaffAccounts {

    private static final Logger LOG = Logger.getLogger(ConfiguredStaffAccounts.class.getName());

    static final String DEMO = "servicehall.demo";
    static final String ADMIN_USER = "servicehall.admin.user";
    static final String ADMIN_PASSWORD = "servicehall.admin.password";
    static final String REGISTRY = "servicehall.registry";
    static final String LDAP_HOST = "servicehall.ldap.host";
    static final String LDAP_PORT = "servicehall.ldap.port";
    static final String LDAP_SSL = "servicehall.ldap.ssl";
    static final String LDAP_BASE_DN = "servicehall.ldap.base.dn";
    /** How long the login page waits for the directory's port before calling it unreachable. */
    private static final int PROBE_MILLIS = 2000;

    @Override
    public boolean isDemo() {
        return isDemo(ConfiguredStaffAccounts::configured);
    }

    @Override
    public boolean noStaffAccount() {
        return noStaffAccount(ConfiguredStaffAccounts::configured);
    }

    @Override
    public boolean directoryUnreachable() {
        Function<String, Optional<String>> config = ConfiguredStaffAccounts::configured;
        if (!isDirectory(config) || config.apply(LDAP_HOST).isEmpty()) {
            return false;
        }
        String host = config.apply(LDAP_HOST).orElseThrow();
        int port = ldapPort(config);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), PROBE_MILLIS);
            return false;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Staff login failed because the staff directory {0}:{1} cannot be reached ({2}); "
                    + "staff cannot log in until it answers (SERVICEHALL_LDAP_HOST, SERVICEHALL_LDAP_PORT)",
                    new Object[] {host, Integer.toString(port), e.toString()});
            return true;
        }
    }

    /** Says in the server log, once at start-up, how staff log in here, or that nobody can yet. */
    public void logStatus() {
        Function<String, Optional<String>> config = ConfiguredStaffAccounts::configured;
        if (isDemo(config)) {
            LOG.warning("ServiceHall runs as the DEMO (servicehall.demo=true): demo staff with the published password "
                    + "and the demo directory; never use this configuration for a real hall");
        } else if (isDirectory(config)) {
            if (config.apply(LDAP_HOST).isEmpty() || config.apply(LDAP_BASE_DN).isEmpty()) {
                LOG.severe("Staff come from the directory (SERVICEHALL_REGISTRY=ldap) but SERVICEHALL_LDAP_HOST or "
                        + "SERVICEHALL_LDAP_BASE_DN is not set, so nobody can log in (README: Staff directory)");
            } else {
                LOG.log(Level.INFO, "Staff log in with their directory account: {0}://{1}:{2}, base {3}",
                        new Object[] {isTrue(config, LDAP_SSL, true) ? "ldaps" : "ldap", config.apply(LDAP_HOST).orElseThrow(),
                            Integer.toString(ldapPort(config)), config.apply(LDAP_BASE_DN).orElseThrow()});
            }
        } else if (noStaffAccount(config)) {
            LOG.severe("No staff account is configured, so nobody can log in to the staff screens: set "
                    + "SERVICEHALL_ADMIN_USER and SERVICEHALL_ADMIN_PASSWORD in the server's environment for the first "
                    + "administrator (config/liberty/production/registry/basic.xml), or SERVICEHALL_REGISTRY=ldap "
                    + "and SERVICEHALL_LDAP_* for the organisation's directory");
        } else {
            LOG.log(Level.INFO, "First administrator from the environment: {0}", config.apply(ADMIN_USER).orElseThrow());
        }
    }

    /** @param config a setting's value by key, blank values already dropped */
    static boolean isDemo(Function<String, Optional<String>> config) {
        return config.apply(DEMO).map(Boolean::parseBoolean).orElse(false);
    }

    /** @param config a setting's value by key, blank values already dropped */
    static boolean isDirectory(Function<String, Optional<String>> config) {
        return config.apply(REGISTRY).map(r -> r.equalsIgnoreCase("ldap")).orElse(false);
    }

    /** @param config a setting's value by key, blank values already dropped */
    static boolean noStaffAccount(Function<String, Optional<String>> config) {
        if (isDemo(config)) {
            return false;
        }
        if (isDirectory(config)) {
            return config.apply(LDAP_HOST).isEmpty() || config.apply(LDAP_BASE_DN).isEmpty();
        }
        return config.apply(ADMIN_USER).isEmpty() || config.apply(ADMIN_PASSWORD).isEmpty();
    }

    private static int ldapPort(Function<String, Optional<String>> config) {
        try {
            return config.apply(LDAP_PORT).map(Integer::parseInt).orElse(isTrue(config, LDAP_SSL, true) ? 636 : 389);
        } catch (NumberFormatException e) {
            return 636;
        }
    }

    private static boolean isTrue(Function<String, Optional<String>> config, String key, boolean otherwise) {
        return config.apply(key).map(Boolean::parseBoolean).orElse(otherwise);
    }

    /** MicroProfile Config: server.xml variables and the environment (SERVICEHALL_ADMIN_USER for servicehall.admin.user). */
    private static Optional<String> configured(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
