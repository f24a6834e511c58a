package org.servicehall.plugins.notify.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.notify.MessageKinds;

class SmsSettingsTest {

    @Test
    void the_declared_settings_name_every_key_with_its_type_and_default() {
        Map<String, SettingSpec> specs = new LinkedHashMap<>();
        SmsSettings.specs().forEach(s -> specs.put(s.key(), s));
        assertEquals(List.of("transport", "host", "port", "systemId", "password", "sourceAddress", "endpoint",
                "accessKeyId", "accessKeySecret", "signName", "templates", "throughputPerSecond", "staffPhones",
                "optOutText", "messageKinds", "timeoutMillis"), List.copyOf(specs.keySet()));
        assertTrue(specs.get("transport").required());
        assertEquals(SettingSpec.Type.SECRET, specs.get("password").type());
        assertEquals(SettingSpec.Type.SECRET, specs.get("accessKeySecret").type());
        assertEquals(SettingSpec.Type.LIST, specs.get("templates").type());
        assertEquals("10", specs.get("throughputPerSecond").defaultValue());
        assertEquals("回复TD退订", specs.get("optOutText").defaultValue());
        assertEquals("【政务服务中心】", specs.get("signName").defaultValue());
        assertEquals("FILED,SIGNED_FOR,RESULT,RATING_INVITATION,APPEAL_RESULT", specs.get(MessageKinds.SETTING).defaultValue());
    }

    @Test
    void unset_or_unreadable_values_fall_back_to_the_defaults() {
        RecordingContext context = new RecordingContext().set("transport", "SMPP").set("port", "abc")
                .set("throughputPerSecond", "-3");
        SmsSettings s = SmsSettings.read(context, SmsNotifier.ID);
        assertEquals(SmsSettings.Transport.SMPP, s.transport());
        assertEquals(2775, s.port());
        assertEquals(10, s.throughputPerSecond());
        assertEquals("回复TD退订", s.optOutText());
        assertEquals("【政务服务中心】", s.bracketedSignName());
        assertEquals("政务服务中心", s.bareSignName());
        assertEquals(List.of("host", "systemId", "password"), s.missing());
    }

    @Test
    void the_sign_name_may_be_entered_with_or_without_brackets() {
        SmsSettings s = SmsSettings.read(new RecordingContext().set("signName", "某某市政务服务中心"), SmsNotifier.ID);
        assertEquals("【某某市政务服务中心】", s.bracketedSignName());
        assertEquals(List.of("transport"), s.missing());
    }

    @Test
    void the_secrets_and_phones_stay_out_of_the_text_form() {
        SmsSettings s = SmsSettings.read(new RecordingContext().set("transport", "http").set("accessKeySecret", "k3y")
                .set("staffPhones", "SUPERVISOR=13800000001"), SmsNotifier.ID);
        assertTrue(!s.toString().contains("k3y") && !s.toString().contains("13800000001"), s.toString());
    }
}
