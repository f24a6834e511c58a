package org.servicehall.infrastructure.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;

class PluginSettingsCatalogTest {

    private static final LocalizedText TEXT = LocalizedText.of("说明", "text");
    private static final DeclaredSettings HOTLINE = new DeclaredSettings("hotline-plugin",
            "channel", "hotline", List.of(
                    SettingSpec.required("secret", SettingSpec.Type.SECRET, TEXT, TEXT),
                    SettingSpec.of("push.url", SettingSpec.Type.TEXT, "", TEXT, TEXT),
                    SettingSpec.required("account", SettingSpec.Type.TEXT, TEXT, TEXT)));

    private static Function<String, Optional<String>> values(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    private static List<String> missing(Map<String, String> values) {
        return PluginSettingsCatalog.missing(HOTLINE, values(values)).stream().map(SettingSpec::key).toList();
    }

    @Test
    void a_channel_without_its_required_settings_lacks_them_in_declaration_order() {
        assertEquals(List.of("secret", "account"), missing(Map.of()));
    }

    @Test
    void optional_settings_are_never_missing_and_a_set_value_is_not() {
        assertEquals(List.of("account"), missing(Map.of("servicehall.channel.hotline.secret", "s")));
        assertEquals(List.of(), missing(Map.of("servicehall.channel.hotline.secret", "s",
                "servicehall.channel.hotline.account", "a")));
    }

    @Test
    void a_blank_value_counts_as_none() {
        assertEquals(List.of("secret"), missing(Map.of("servicehall.channel.hotline.secret", "  ",
                "servicehall.channel.hotline.account", "a")));
    }

    @Test
    void a_required_setting_has_no_default_and_says_so() {
        SettingSpec secret = SettingSpec.required("secret", SettingSpec.Type.SECRET, TEXT, TEXT);
        assertEquals(true, secret.required());
        assertEquals("", secret.defaultValue());
        assertEquals(false, SettingSpec.of("x", SettingSpec.Type.TEXT, "1", TEXT, TEXT).required());
    }
}
