package org.servicehall.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DeadlineDefaultsTest {

    private static final DeadlineDefaults STANDARD = DeadlineDefaults.standard();

    /** The twelve default keys with the standard rules. */
    static Properties standardProperties() {
        Properties properties = new Properties();
        for (Stage stage : Stage.values()) {
            for (Urgency urgency : Urgency.values()) {
                properties.setProperty(stage.configKey() + "." + urgency, STANDARD.rule(stage, urgency, null).toString());
            }
        }
        return properties;
    }

    private static IllegalArgumentException refused(Properties properties) {
        return assertThrows(IllegalArgumentException.class, () -> DeadlineDefaults.parse(properties));
    }

    private static DeadlineRule rule(String text) {
        return DeadlineRule.parse(text);
    }

    @Test
    void the_standard_defaults_are_those_of_the_handling_process() {
        assertEquals(rule("1wd"), STANDARD.rule(Stage.ACKNOWLEDGE, Urgency.NORMAL, null));
        assertEquals(rule("4h"), STANDARD.rule(Stage.ACKNOWLEDGE, Urgency.URGENT, null));
        assertEquals(rule("1h"), STANDARD.rule(Stage.ACKNOWLEDGE, Urgency.EMERGENCY, null));
        assertEquals(rule("2wd"), STANDARD.rule(Stage.SIGN_FOR, Urgency.NORMAL, null));
        assertEquals(rule("1wd"), STANDARD.rule(Stage.SIGN_FOR, Urgency.URGENT, null));
        assertEquals(rule("2h"), STANDARD.rule(Stage.SIGN_FOR, Urgency.EMERGENCY, null));
        assertEquals(rule("5wd"), STANDARD.rule(Stage.HANDLE, Urgency.NORMAL, null));
        assertEquals(rule("1wd"), STANDARD.rule(Stage.HANDLE, Urgency.URGENT, null));
        assertEquals(rule("sameday"), STANDARD.rule(Stage.HANDLE, Urgency.EMERGENCY, null));
        assertEquals(rule("2wd"), STANDARD.rule(Stage.FEEDBACK, Urgency.NORMAL, null));
        assertEquals(rule("1wd"), STANDARD.rule(Stage.FEEDBACK, Urgency.URGENT, null));
        assertEquals(rule("1wd"), STANDARD.rule(Stage.FEEDBACK, Urgency.EMERGENCY, null));
    }

    @Test
    void the_standard_defaults_have_no_category_overrides() {
        assertEquals(rule("5wd"), STANDARD.rule(Stage.HANDLE, Urgency.NORMAL, "POLICY_CONSULTATION"));
        assertEquals(Optional.empty(), STANDARD.override(Stage.HANDLE, Urgency.NORMAL, "POLICY_CONSULTATION"));
    }

    @Test
    void the_stages_are_written_in_lower_camel_case() {
        assertEquals("acknowledge", Stage.ACKNOWLEDGE.configKey());
        assertEquals("signFor", Stage.SIGN_FOR.configKey());
        assertEquals("handle", Stage.HANDLE.configKey());
        assertEquals("feedback", Stage.FEEDBACK.configKey());
    }

    @Test
    void all_twelve_pairs_parse_to_the_same_rules() {
        assertEquals(STANDARD, DeadlineDefaults.parse(standardProperties()));
    }

    @Test
    void a_category_override_applies_to_its_category_stage_and_urgency_only() {
        Properties properties = standardProperties();
        properties.setProperty("handle.NORMAL.POLICY_CONSULTATION", " 3 wd ");
        properties.setProperty("acknowledge.URGENT.SERVICE_ATTITUDE", "2h");
        DeadlineDefaults defaults = DeadlineDefaults.parse(properties);

        assertEquals(rule("3wd"), defaults.rule(Stage.HANDLE, Urgency.NORMAL, "POLICY_CONSULTATION"));
        assertEquals(rule("2h"), defaults.rule(Stage.ACKNOWLEDGE, Urgency.URGENT, "SERVICE_ATTITUDE"));
        assertEquals(rule("5wd"), defaults.rule(Stage.HANDLE, Urgency.NORMAL, "SERVICE_ATTITUDE"), "other category");
        assertEquals(rule("1wd"), defaults.rule(Stage.HANDLE, Urgency.URGENT, "POLICY_CONSULTATION"), "other urgency");
        assertEquals(rule("2wd"), defaults.rule(Stage.FEEDBACK, Urgency.NORMAL, "POLICY_CONSULTATION"), "other stage");
        assertEquals(rule("5wd"), defaults.rule(Stage.HANDLE, Urgency.NORMAL, null), "no category");
        assertEquals(Optional.of(rule("3wd")), defaults.override(Stage.HANDLE, Urgency.NORMAL, "POLICY_CONSULTATION"));
        assertNotEquals(STANDARD, defaults);
    }

    @Test
    void with_override_returns_a_copy_and_leaves_the_original_alone() {
        DeadlineDefaults changed = STANDARD.withOverride(Stage.HANDLE, Urgency.NORMAL, "QUEUEING", rule("2wd"));
        assertEquals(rule("2wd"), changed.rule(Stage.HANDLE, Urgency.NORMAL, "QUEUEING"));
        assertEquals(rule("5wd"), STANDARD.rule(Stage.HANDLE, Urgency.NORMAL, "QUEUEING"));
        assertThrows(IllegalArgumentException.class,
                () -> STANDARD.withOverride(Stage.HANDLE, Urgency.NORMAL, "queueing", rule("2wd")));
    }

    @Test
    void a_missing_pair_is_refused_naming_every_missing_key() {
        Properties properties = standardProperties();
        properties.remove("signFor.URGENT");
        properties.remove("feedback.EMERGENCY");
        IllegalArgumentException e = refused(properties);
        assertTrue(e.getMessage().contains("signFor.URGENT"), e.getMessage());
        assertTrue(e.getMessage().contains("feedback.EMERGENCY"), e.getMessage());
        assertFalse(e.getMessage().contains("handle.NORMAL"), e.getMessage());
    }

    @Test
    void an_override_does_not_stand_in_for_a_missing_default() {
        Properties properties = standardProperties();
        properties.remove("handle.NORMAL");
        properties.setProperty("handle.NORMAL.POLICY_CONSULTATION", "3wd");
        assertTrue(refused(properties).getMessage().contains("handle.NORMAL"));
    }

    @Test
    void an_unknown_key_is_refused_naming_the_key() {
        for (String key : new String[] {"handel.NORMAL", "sign_for.NORMAL", "SignFor.NORMAL", "handle.normal",
                "handle.LOW", "handle", "handle.NORMAL.POLICY_CONSULTATION.extra", "endOfWorkingDay"}) {
            Properties properties = standardProperties();
            properties.setProperty(key, "1wd");
            IllegalArgumentException e = refused(properties);
            assertTrue(e.getMessage().contains("\"" + key + "\""), e.getMessage());
        }
    }

    @Test
    void a_malformed_category_code_is_refused_naming_the_key() {
        for (String key : new String[] {"handle.NORMAL.policy", "handle.NORMAL.", "handle.NORMAL.X"}) {
            Properties properties = standardProperties();
            properties.setProperty(key, "1wd");
            IllegalArgumentException e = refused(properties);
            assertTrue(e.getMessage().contains("\"" + key + "\""), e.getMessage());
        }
    }

    @Test
    void an_invalid_rule_is_refused_naming_the_key_and_the_value() {
        Properties properties = standardProperties();
        properties.setProperty("handle.URGENT", "1 day");
        IllegalArgumentException e = refused(properties);
        assertTrue(e.getMessage().contains("\"handle.URGENT\""), e.getMessage());
        assertTrue(e.getMessage().contains("1 day"), e.getMessage());
    }
}
