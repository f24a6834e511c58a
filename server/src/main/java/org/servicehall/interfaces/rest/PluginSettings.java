package org.servicehall.interfaces.rest;

import java.util.List;

/** A plugin's settings: one group per configurable service it contributes (a rule, a channel). */
public record PluginSettings(String plugin, List<SettingGroup> groups) {
}
