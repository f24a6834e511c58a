package org.servicehall.plugins.notify.sms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The settings written as lists of {@code name=value}: the templates and the staff's phones. */
final class SettingLists {

    private SettingLists() {
    }

    /** {@code KEY=value,KEY=value}; a later entry for the same key wins, entries without '=' are ignored. */
    static Map<String, String> pairs(String list) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0 && !entry.substring(eq + 1).isBlank()) {
                pairs.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
            }
        }
        return Map.copyOf(pairs);
    }

    /** {@code SUPERVISOR=138...,zhang.wei=139...}: a name given twice reaches every phone given for it. */
    static Map<String, List<String>> staffPhones(String list) {
        Map<String, List<String>> phones = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0 && !entry.substring(eq + 1).isBlank()) {
                phones.computeIfAbsent(entry.substring(0, eq).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(entry.substring(eq + 1).strip());
            }
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        phones.forEach((name, numbers) -> copy.put(name, List.copyOf(numbers)));
        return Map.copyOf(copy);
    }
}
