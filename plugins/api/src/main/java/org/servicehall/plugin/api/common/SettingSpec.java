package org.servicehall.plugin.api.common;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One setting a plugin declares: its key, type, default and what it means, in both languages. IT
 * staff edit the values on the admin screen; the plugin reads them at each call through its
 * context's {@code setting(key)}, so a change applies without a restart.
 */
public final class SettingSpec {

    /** Keys: letters, digits, dots and dashes, e.g. {@code words.life.zh}, {@code dueSoonHours}. */
    public static final String KEY_PATTERN = "[A-Za-z][A-Za-z0-9.-]{0,79}";
    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

    /** What kind of value the host accepts for the setting. */
    public enum Type {
        /** Free text of one line. */
        TEXT,
        /** A whole number. */
        NUMBER,
        /** {@code true} or {@code false}. */
        FLAG,
        /** A comma-separated list, e.g. words or a mapping table {@code A01=REAL_ESTATE,A02=...}. */
        LIST,
        /** A secret such as a shared key: never shown again once saved, never written to a log. */
        SECRET
    }

    private final String key;
    private final Type type;
    private final String defaultValue;
    private final LocalizedText label;
    private final LocalizedText description;
    private final boolean required;

    private SettingSpec(String key, Type type, String defaultValue, LocalizedText label, LocalizedText description,
                        boolean required) {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("setting key must match " + KEY_PATTERN + ": " + key);
        }
        this.key = key;
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue == null ? "" : defaultValue;
        this.label = Objects.requireNonNull(label, "label");
        this.description = Objects.requireNonNull(description, "description");
        this.required = required;
    }

    /** @param defaultValue the value used while IT has set none (may be empty, never null in the result) */
    public static SettingSpec of(String key, Type type, String defaultValue, LocalizedText label,
                                 LocalizedText description) {
        return new SettingSpec(key, type, defaultValue, label, description, false);
    }

    /**
     * A setting the service cannot work without and that has no sensible default, such as a
     * channel's shared secret or its mail server. While it has no value (neither on the admin
     * screen nor in the server's configuration) the host keeps a channel closed (503
     * {@code NOT_CONFIGURED}, no polls) and the admin screen shows the plugin as not configured,
     * naming the setting.
     */
    public static SettingSpec required(String key, Type type, LocalizedText label, LocalizedText description) {
        return new SettingSpec(key, type, "", label, description, true);
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public LocalizedText label() {
        return label;
    }

    public LocalizedText description() {
        return description;
    }

    /** Whether the service cannot work while this setting has no value; see {@link #required}. */
    public boolean required() {
        return required;
    }

    @Override
    public String toString() {
        return "SettingSpec[" + key + ", " + type + (required ? ", required" : "") + "]";
    }
}
