package org.servicehall.plugins.notify.email;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code roleAddresses} setting: which mail addresses a message to a role goes to. */
final class RoleAddresses {

    private RoleAddresses() {
    }

    /**
     * {@code SUPERVISOR=duty@hall.example, ADMIN=it@hall.example}; a role named twice gets both
     * addresses. An entry without a role or an address is skipped.
     */
    static Map<String, List<String>> parse(String list) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String role = entry.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            String address = entry.substring(eq + 1).strip();
            if (!role.isEmpty() && !address.isEmpty()) {
                byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(address);
            }
        }
        byRole.replaceAll((role, addresses) -> List.copyOf(addresses));
        return Map.copyOf(byRole);
    }
}
