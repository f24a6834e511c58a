package org.servicehall.plugins.channel.website;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.common.SettingSpec;

class WebsiteChannelTest {

    private final WebsiteChannel channel = new WebsiteChannel();

    @Test
    void the_channel_is_the_one_the_public_site_asks_for_and_files_as_website() {
        assertEquals("website", channel.id());
        assertEquals("WEBSITE", channel.channelCode());
        assertTrue(channel.id().matches(ChannelAdapter.ID_PATTERN));
        assertTrue(channel.channelCode().matches(ChannelAdapter.CODE_PATTERN));
        assertFalse(channel.label().zh().isBlank());
        assertFalse(channel.label().en().isBlank());
        assertTrue(channel.pollInterval().isEmpty(), "nothing to poll");
        assertTrue(channel.statusChanges().isEmpty(), "citizens follow their complaint on the site");
    }

    @Test
    void the_rate_limits_are_declared_with_positive_numeric_defaults_and_both_languages() {
        List<SettingSpec> specs = channel.settings();
        Set<String> keys = specs.stream().map(SettingSpec::key).collect(Collectors.toSet());
        assertEquals(Set.of("rate.filings.per.hour", "rate.lookups.per.minute", "rate.clients.max", "forwarded.trusted"), keys);
        for (SettingSpec spec : specs) {
            assertTrue(spec.key().matches(SettingSpec.KEY_PATTERN), spec.key());
            assertFalse(spec.label().zh().isBlank() || spec.label().en().isBlank(), spec.key());
            assertFalse(spec.description().zh().isBlank() || spec.description().en().isBlank(), spec.key());
            if (spec.type() == SettingSpec.Type.NUMBER) {
                assertTrue(Integer.parseInt(spec.defaultValue()) > 0, spec.key());
            } else {
                assertEquals(SettingSpec.Type.FLAG, spec.type(), spec.key());
                assertEquals("false", spec.defaultValue(), "a proxy is trusted only when IT says so");
            }
        }
    }
}
