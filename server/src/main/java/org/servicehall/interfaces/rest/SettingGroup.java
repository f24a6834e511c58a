package org.servicehall.interfaces.rest;

import java.util.List;
import org.servicehall.application.PluginAdministration;

/**
 * One configurable service of a plugin (a rule, a channel) with its settings.
 *
 * @param settings each with its value in force as IT set it; a SECRET only says whether one is
 *                 set ({@code set}), its value is never returned
 */
public record SettingGroup(String kind, String id, List<PluginAdministration.SettingField> settings) {
}
