package org.servicehall.infrastructure.pluginhost;

import java.util.List;
import org.servicehall.plugin.api.common.SettingSpec;

/** One configurable service: which plugin, what kind (rule, channel), its id, its declarations. */
public record DeclaredSettings(String pluginId, String kind, String id, List<SettingSpec> specs) {

    public String prefix() {
        return prefix(kind, id);
    }

    public static String prefix(String kind, String id) {
        return "servicehall." + kind + "." + id + ".";
    }
}
