package org.servicehall.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicehall.application.StaffAccounts;

/**
 * Staff accounts as the server's configuration has them. The demo run brings its demo registry
 * ({@code servicehall.demo=true}); a deployed server gets its first administrator from the
 * operator, as {@code SERVICEHALL_ADMIN_USER} and {@code SERVICEHALL_ADMIN_PASSWORD} in the
 * environment (read by the registry of {@code config/liberty/production}). Without them nobody can
 * log in, and the server says so rather than falling back to a password anyone could know.
 */
@ApplicationScoped
public class ConfiguredStaffAccounts implements StaffAccounts {

    private static final Logger LOG = Logger.getLogger(ConfiguredStaffAccounts.class.getName());

    static final String DEMO = "servicehall.demo";
    static final String ADMIN_USER = "servicehall.admin.user";
    static final String ADMIN_PASSWORD = "servicehall.admin.password";

    @Override
    public boolean isDemo() {
        return isDemo(ConfiguredStaffAccounts::configured);
    }

    @Override
    public boolean noStaffAccount() {
        return noStaffAccount(ConfiguredStaffAccounts::configured);
    }

    /** Says in the server log, once at start-up, how staff log in here, or that nobody can yet. */
    public void logStatus() {
        Function<String, Optional<String>> config = ConfiguredStaffAccounts::configured;
        if (isDemo(config)) {
            LOG.warning("ServiceHall runs as the DEMO (servicehall.demo=true): demo staff with the published password "
                    + "and the demo directory; never use this configuration for a real hall");
        } else if (noStaffAccount(config)) {
            LOG.severe("No staff account is configured, so nobody can log in to the staff screens: set "
                    + "SERVICEHALL_ADMIN_USER and SERVICEHALL_ADMIN_PASSWORD in the server's environment for the first "
                    + "administrator (config/liberty/production/servicehall-production.xml), or give the server a "
                    + "registry of its own");
        } else {
            LOG.log(Level.INFO, "First administrator from the environment: {0}", config.apply(ADMIN_USER).orElseThrow());
        }
    }

    /** @param config a setting's value by key, blank values already dropped */
    static boolean isDemo(Function<String, Optional<String>> config) {
        return config.apply(DEMO).map(Boolean::parseBoolean).orElse(false);
    }

    /** @param config a setting's value by key, blank values already dropped */
    static boolean noStaffAccount(Function<String, Optional<String>> config) {
        return !isDemo(config) && (config.apply(ADMIN_USER).isEmpty() || config.apply(ADMIN_PASSWORD).isEmpty());
    }

    /** MicroProfile Config: server.xml variables and the environment (SERVICEHALL_ADMIN_USER for servicehall.admin.user). */
    private static Optional<String> configured(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }
}
