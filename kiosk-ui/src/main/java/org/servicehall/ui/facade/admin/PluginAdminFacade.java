package org.servicehall.ui.facade.admin;

import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plugin report and IT's actions on plugins; every action is checked for the ADMIN role and audited. */
public interface PluginAdminFacade {

    /** Every installed plugin bundle, by symbolic name. */
    List<PluginRow> plugins();

    /**
     * How an action ended.
     *
     * @param outcome DONE, REJECTED, NOT_FOUND or FAILED
     * @param reason  for REJECTED: the check's reason code (UNSIGNED, TAMPERED, NOT_A_BUNDLE, ...)
     */
    record ActionResult(String outcome, String plugin, String version, String reason, String detail)
            implements Serializable {

        public boolean isDone() {
            return "DONE".equals(outcome);
        }
    }

    /** A jar the checks turned away; the time in the hall's time zone. */
    record RejectionRow(String originalName, String reason, String detail, LocalDateTime at, String by) implements Serializable {
    }

    /** One line of the audit trail; the time in the hall's time zone. */
    record AuditRow(LocalDateTime at, String actor, String action, String plugin, String outcome, String detail)
            implements Serializable {
    }

    ActionResult upload(String fileName, InputStream content);

    ActionResult stop(String plugin);

    ActionResult start(String plugin);

    ActionResult remove(String plugin);

    List<RejectionRow> rejections();

    List<AuditRow> audit();

    /**
     * One declared setting, with its texts in the screen's language.
     *
     * @param type  TEXT, NUMBER, FLAG, LIST or SECRET
     * @param value the value IT set (never given for a SECRET), or null for the default
     * @param set   whether IT set a value
     */
    record SettingRow(String key, String type, String label, String description, String defaultValue, String value,
                      boolean set) implements Serializable {
    }

    /** The settings of one configurable service of a plugin. */
    record SettingGroupRow(String plugin, String kind, String id, List<SettingRow> settings) implements Serializable {
    }

    List<SettingGroupRow> settings(Locale locale);

    /** Saves some settings of one service; a blank value goes back to the default (a blank secret stays as it was). */
    ActionResult saveSettings(String kind, String id, Map<String, String> values);
}
