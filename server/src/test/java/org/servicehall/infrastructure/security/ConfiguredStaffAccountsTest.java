package org.servicehall.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ConfiguredStaffAccountsTest {

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    @Test
    void a_deployed_server_without_a_first_administrator_has_no_staff_account() {
        assertTrue(ConfiguredStaffAccounts.noStaffAccount(config(Map.of())));
        assertTrue(ConfiguredStaffAccounts.noStaffAccount(config(Map.of("servicehall.admin.user", "it.lead"))));
        assertTrue(ConfiguredStaffAccounts.noStaffAccount(config(Map.of("servicehall.admin.password", "s3cret-from-env"))));
        assertTrue(ConfiguredStaffAccounts.noStaffAccount(config(Map.of("servicehall.demo", "false"))));
    }

    @Test
    void the_first_administrator_from_the_environment_is_a_staff_account() {
        assertFalse(ConfiguredStaffAccounts.noStaffAccount(config(Map.of("servicehall.admin.user", "it.lead",
                "servicehall.admin.password", "s3cret-from-env"))));
    }

    @Test
    void the_demo_brings_its_own_staff_and_only_an_explicit_true_makes_a_demo() {
        assertFalse(ConfiguredStaffAccounts.noStaffAccount(config(Map.of("servicehall.demo", "true"))));
        assertTrue(ConfiguredStaffAccounts.isDemo(config(Map.of("servicehall.demo", "true"))));
        assertFalse(ConfiguredStaffAccounts.isDemo(config(Map.of())));
        assertFalse(ConfiguredStaffAccounts.isDemo(config(Map.of("servicehall.demo", "yes"))));
    }

    @Test
    void staff_from_the_directory_need_its_host_and_base_and_no_first_administrator() {
        assertTrue(ConfiguredStaffAccounts.noStaffAccount(config(Map.of("servicehall.registry", "ldap"))));
        assertTrue(ConfiguredStaffAccounts.noStaffAccount(config(Map.of("servicehall.registry", "ldap",
                "servicehall.ldap.host", "ldap.hall.example"))));
        assertFalse(ConfiguredStaffAccounts.noStaffAccount(config(Map.of("servicehall.registry", "ldap",
                "servicehall.ldap.host", "ldap.hall.example", "servicehall.ldap.base.dn", "dc=hall,dc=example"))));
        // the first administrator's variables do not stand in for a directory that is not configured
        assertTrue(ConfiguredStaffAccounts.noStaffAccount(config(Map.of("servicehall.registry", "ldap",
                "servicehall.admin.user", "it.lead", "servicehall.admin.password", "s3cret-from-env"))));
        assertTrue(ConfiguredStaffAccounts.isDirectory(config(Map.of("servicehall.registry", "LDAP"))));
        assertFalse(ConfiguredStaffAccounts.isDirectory(config(Map.of("servicehall.registry", "basic"))));
    }
}
