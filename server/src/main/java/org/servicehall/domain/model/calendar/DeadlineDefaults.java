package org.servicehall.domain.model.calendar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The deadline rule of every stage at every urgency, with optional overrides for single complaint
 * categories. Immutable.
 *
 * <p>As properties ({@link #parse(Properties)}): {@code <stage>.<URGENCY>=<rule>} for every pair,
 * e.g. {@code handle.NORMAL=5wd}, and {@code <stage>.<URGENCY>.<CATEGORY_CODE>=<rule>} for an
 * override, e.g. {@code handle.NORMAL.POLICY_CONSULTATION=3wd}. The stage is written in lower camel
 * case ({@code acknowledge}, {@code signFor}, {@code handle}, {@code feedback}), the urgency as
 * its constant ({@code NORMAL}, {@code URGENT}, {@code EMERGENCY}), the rule as
 * {@link DeadlineRule#parse(String)} reads it.
 */
public final class DeadlineDefaults {

    /** The pattern of a category code, the same as the plugin API's. */
    private static final Pattern CATEGORY_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private static final DeadlineDefaults STANDARD = parse(standardProperties());

    private final Map<Stage, Map<Urgency, DeadlineRule>> defaults;
    private final Map<CategoryKey, DeadlineRule> overrides;

    /** The key of a per-category override. */
    private record CategoryKey(Stage stage, Urgency urgency, String categoryCode) {
    }

    private DeadlineDefaults(Map<Stage, Map<Urgency, DeadlineRule>> defaults, Map<CategoryKey, DeadlineRule> overrides) {
        EnumMap<Stage, Map<Urgency, DeadlineRule>> copy = new EnumMap<>(Stage.class);
        defaults.forEach((stage, rules) -> copy.put(stage, Collections.unmodifiableMap(new EnumMap<>(rules))));
        this.defaults = Collections.unmodifiableMap(copy);
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * The built-in defaults:
     *
     * <table>
     * <caption>standard deadline rules</caption>
     * <tr><th>stage</th><th>NORMAL</th><th>URGENT</th><th>EMERGENCY</th></tr>
     * <tr><td>acknowledge</td><td>1wd</td><td>4h</td><td>1h</td></tr>
     * <tr><td>signFor</td><td>2wd</td><td>1wd</td><td>2h</td></tr>
     * <tr><td>handle</td><td>5wd</td><td>1wd</td><td>sameday</td></tr>
     * <tr><td>feedback</td><td>2wd</td><td>1wd</td><td>1wd</td></tr>
     * </table>
     *
     * without category overrides.
     */
    public static DeadlineDefaults standard() {
        return STANDARD;
    }

    private static Properties standardProperties() {
        Properties properties = new Properties();
        properties.setProperty("acknowledge.NORMAL", "1wd");
        properties.setProperty("acknowledge.URGENT", "4h");
        properties.setProperty("acknowledge.EMERGENCY", "1h");
        properties.setProperty("signFor.NORMAL", "2wd");
        properties.setProperty("signFor.URGENT", "1wd");
        properties.setProperty("signFor.EMERGENCY", "2h");
        properties.setProperty("handle.NORMAL", "5wd");
        properties.setProperty("handle.URGENT", "1wd");
        properties.setProperty("handle.EMERGENCY", "sameday");
        properties.setProperty("feedback.NORMAL", "2wd");
        properties.setProperty("feedback.URGENT", "1wd");
        properties.setProperty("feedback.EMERGENCY", "1wd");
        return properties;
    }

    /**
     * Reads the rules from properties, as described above. Every (stage, urgency) pair must be
     * present; keys are case-sensitive.
     *
     * @throws IllegalArgumentException naming the key, for an unknown key, a malformed category
     *                                  code or an invalid rule; naming all missing keys if pairs
     *                                  are missing
     */
    public static DeadlineDefaults parse(Properties properties) {
        Objects.requireNonNull(properties, "properties");
        Map<String, Stage> stages = new HashMap<>();
        for (Stage stage : Stage.values()) {
            stages.put(stage.configKey(), stage);
        }
        Map<Stage, Map<Urgency, DeadlineRule>> defaults = new EnumMap<>(Stage.class);
        Map<CategoryKey, DeadlineRule> overrides = new HashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String[] parts = key.split("\\.", -1);
            Stage stage = stages.get(parts[0]);
            Urgency urgency = parts.length >= 2 ? urgency(parts[1]) : null;
            if (stage == null || urgency == null || parts.length > 3) {
                throw new IllegalArgumentException("unknown key \"" + key + "\": expected <stage>.<URGENCY> or"
                        + " <stage>.<URGENCY>.<CATEGORY_CODE>, with stage one of acknowledge, signFor, handle,"
                        + " feedback and URGENCY one of NORMAL, URGENT, EMERGENCY");
            }
            DeadlineRule rule = rule(key, properties.getProperty(key));
            if (parts.length == 2) {
                defaults.computeIfAbsent(stage, s -> new EnumMap<>(Urgency.class)).put(urgency, rule);
            } else {
                String code = parts[2];
                if (!CATEGORY_CODE.matcher(code).matches()) {
                    throw new IllegalArgumentException("key \"" + key + "\": \"" + code
                            + "\" is not a category code (upper-case letters, digits and underscores)");
                }
                overrides.put(new CategoryKey(stage, urgency, code), rule);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (Urgency urgency : Urgency.values()) {
                if (!defaults.getOrDefault(stage, Map.of()).containsKey(urgency)) {
                    missing.add(stage.configKey() + "." + urgency.name());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing deadline rules: " + String.join(", ", missing));
        }
        return new DeadlineDefaults(defaults, overrides);
    }

    private static Urgency urgency(String name) {
        for (Urgency urgency : Urgency.values()) {
            if (urgency.name().equals(name)) {
                return urgency;
            }
        }
        return null;
    }

    private static DeadlineRule rule(String key, String value) {
        try {
            return DeadlineRule.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key \"" + key + "\": " + e.getMessage(), e);
        }
    }

    /**
     * The rule for a stage at an urgency: the override for {@code categoryCode} if there is one,
     * else the default.
     *
     * @param categoryCode the complaint's category code; {@code null} for the default
     */
    public DeadlineRule rule(Stage stage, Urgency urgency, String categoryCode) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(urgency, "urgency");
        if (categoryCode != null) {
            DeadlineRule override = overrides.get(new CategoryKey(stage, urgency, categoryCode));
            if (override != null) {
                return override;
            }
        }
        return defaults.get(stage).get(urgency);
    }

    /** The override for one category, if there is one. */
    public Optional<DeadlineRule> override(Stage stage, Urgency urgency, String categoryCode) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(categoryCode, "categoryCode");
        return Optional.ofNullable(overrides.get(new CategoryKey(stage, urgency, categoryCode)));
    }

    /** A copy with {@code rule} as the override for one category (replacing an earlier one). */
    public DeadlineDefaults withOverride(Stage stage, Urgency urgency, String categoryCode, DeadlineRule rule) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(rule, "rule");
        if (!CATEGORY_CODE.matcher(categoryCode).matches()) {
            throw new IllegalArgumentException("not a category code: " + categoryCode);
        }
        Map<CategoryKey, DeadlineRule> copy = new HashMap<>(overrides);
        copy.put(new CategoryKey(stage, urgency, categoryCode), rule);
        return new DeadlineDefaults(defaults, copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeadlineDefaults that && defaults.equals(that.defaults) && overrides.equals(that.overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(defaults, overrides);
    }

    @Override
    public String toString() {
        return "DeadlineDefaults" + defaults + (overrides.isEmpty() ? "" : " with overrides " + overrides);
    }
}
