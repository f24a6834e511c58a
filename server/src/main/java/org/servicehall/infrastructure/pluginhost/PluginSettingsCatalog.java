package org.servicehall.infrastructure.pluginhost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.SettingSpec;

/**
 * Where plugin settings come from and which exist. A value IT entered on the admin screen (the
 * database) wins over one from the server's configuration (MicroProfile Config, e.g. server.env),
 * which wins over the plugin's default.
 */
public final class PluginSettingsCatalog {

    private PluginSettingsCatalog() {
    }

    /** The lookup a plugin's context uses: stored values first, then the server's configuration. */
    public static Function<String, Optional<String>> lookup(Map<String, String> stored) {
        return key -> Optional.ofNullable(stored.get(key))
                .or(() -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    }

    /**
     * The settings a service declares {@linkplain SettingSpec#required() required} that have no
     * value now, neither stored nor configured (blank counts as none), in declaration order.
     */
    public static List<SettingSpec> missing(DeclaredSettings declared, Function<String, Optional<String>> lookup) {
        return declared.specs().stream().filter(SettingSpec::required)
                .filter(spec -> lookup.apply(declared.prefix() + spec.key()).filter(v -> !v.isBlank()).isEmpty())
                .toList();
    }

    /** The declarations of the rules, channels and notifiers that are {@link Configurable}, asked through the guard. */
    public static List<DeclaredSettings> declared(FelixPluginHost host) {
        List<DeclaredSettings> result = new ArrayList<>();
        for (Contribution<?> rule : host.rules()) {
            declare(host, "rule", rule).ifPresent(result::add);
        }
        for (Contribution<?> channel : host.channels()) {
            declare(host, "channel", channel).ifPresent(result::add);
        }
        for (Contribution<?> notifier : host.notifiers()) {
            declare(host, "notifier", notifier).ifPresent(result::add);
        }
        return result;
    }

    static Optional<DeclaredSettings> declare(FelixPluginHost host, String kind, Contribution<?> contribution) {
        if (!(contribution.service() instanceof Configurable configurable)) {
            return Optional.empty();
        }
        List<SettingSpec> specs = host.calls()
                .call(contribution.pluginId(), "Configurable.settings", configurable::settings)
                .orElse(List.of());
        return Optional.of(new DeclaredSettings(contribution.pluginId(), kind, contribution.id(), List.copyOf(specs)));
    }
}
