package org.servicehall.application;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What IT staff (ADMIN) do to plugins on a running hall: upload (checked, signature-verified when
 * required, then installed or updated), stop, start, remove, edit settings. Every action is kept in
 * an audit trail with who did it and how it ended.
 */
public interface PluginAdministration {

    /** How an action ended; each has a text in the screens' bundles. */
    enum Outcome { DONE, REJECTED, NOT_FOUND, FAILED }

    /**
     * The result of one action.
     *
     * @param plugin the symbolic name it concerned (for an upload: the bundle's, once known)
     * @param reason for REJECTED: the check's reason code (e.g. UNSIGNED, TAMPERED, NOT_A_BUNDLE)
     * @param detail a technical detail for IT (never shown to citizens)
     */
    record Result(Outcome outcome, String plugin, String version, String reason, String detail) {
    }

    /** One line of the audit trail. */
    record AuditEntry(Instant at, String actor, String action, String plugin, String outcome, String detail) {
    }

    /** A jar that was turned away, with the check's reason code. */
    record Rejection(String fileName, String originalName, String reason, String detail, Instant at, String by) {
    }

    /**
     * Installs or updates a plugin from an uploaded jar: the bytes go to a private copy, which is
     * checked and only then moved into the watched folder.
     */
    Result upload(String fileName, InputStream content, String actor);

    Result stop(String plugin, String actor);

    Result start(String plugin, String actor);

    /** Uninstalls the plugin and moves its jar out of the watched folder, so it stays removed. */
    Result remove(String plugin, String actor);

    /** Jars turned away by the checks, newest first. */
    List<Rejection> rejections(int max);

    /** The audit trail, newest first. */
    List<AuditEntry> audit(int max);

    /** Plugins IT stopped. */
    List<String> stoppedByAdmin();

    /**
     * One setting a plugin declared, with the value in force.
     *
     * @param fullKey the key the value is stored under, e.g. {@code servicehall.rule.urgent-words.words.life.zh}
     * @param type    TEXT, NUMBER, FLAG, LIST or SECRET
     * @param value   the value IT set; for a SECRET only whether one is set ({@code set}), never the value
     */
    record SettingField(String fullKey, String key, String type, String labelZh, String labelEn,
                        String descriptionZh, String descriptionEn, String defaultValue, String value, boolean set) {
    }

    /** The settings of one configurable service of a plugin (a rule, a channel, ...). */
    record SettingGroup(String plugin, String kind, String id, List<SettingField> fields) {
    }

    /** Every configurable service of the running plugins with its settings. */
    List<SettingGroup> settings();

    /**
     * Saves settings of one service: by key, a value to set, or blank to go back to the default (a
     * blank SECRET keeps the secret). Refused (REJECTED, reason INVALID_SETTING, the key as detail)
     * when a value does not fit its type; nothing is saved then.
     */
    Result saveSettings(String kind, String id, Map<String, String> values, String actor);

    /**
     * As {@link #saveSettings(String, String, Map, String)}, and also removes the stored values of
     * {@code removed} (a SECRET included): they fall back to the server's configuration or the
     * plugin's default. The audit trail names the keys of both.
     */
    Result saveSettings(String kind, String id, Map<String, String> values, Set<String> removed, String actor);
}
