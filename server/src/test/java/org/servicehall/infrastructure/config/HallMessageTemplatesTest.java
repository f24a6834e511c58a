package org.servicehall.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicehall.application.Outbox;
import org.servicehall.plugin.api.notify.MessageKinds;

class HallMessageTemplatesTest {

    @Test
    void every_kind_has_a_subject_and_a_body_in_both_languages_without_unfilled_placeholders() {
        HallMessageTemplates templates = HallMessageTemplates.shipped();
        Map<String, String> params = new HashMap<>(Map.of("statusUrl", "https://hall.example/s",
                "rateUrl", "https://hall.example/r", "reason_zh", "超时", "reason_en", "overdue", "rule", "deadlines",
                "plugin", "p", "failures", "5", "error", "boom"));
        params.putAll(Map.of("category_zh", "服务态度", "category_en", "Service attitude", "actor", "zhao.min",
                "what", "PLAN_PROPOSED"));
        for (String kind : concat(MessageKinds.TO_COMPLAINANTS, MessageKinds.TO_STAFF)) {
            Outbox.Message m = templates.compose(kind, Outbox.RecipientKind.ROLE, "SUPERVISOR", "TS-20261207-0001",
                    params, false, null);
            for (String text : new String[] {m.subjectZh(), m.subjectEn(), m.bodyZh(), m.bodyEn()}) {
                assertFalse(text.equals(kind), kind + " has no template");
                String withoutCode = text.replace(Outbox.Message.SECRET_PLACEHOLDER, "");
                assertFalse(withoutCode.matches("(?s).*\\{[A-Za-z]+}.*"), kind + ": unfilled placeholder in " + text);
            }
            assertEquals(kind, m.kind());
        }
    }

    @Test
    void the_receipt_keeps_the_query_code_apart_and_values_per_language_fill_each_language() {
        HallMessageTemplates templates = HallMessageTemplates.shipped();
        Outbox.Message m = templates.compose(MessageKinds.FILED, Outbox.RecipientKind.COMPLAINANT, "TS-20261207-0001",
                "TS-20261207-0001", Map.of("queryCode", "{queryCode}", "statusUrl", "https://hall.example/s"), false, "123456");
        assertTrue(m.bodyZh().contains("TS-20261207-0001") && m.bodyZh().contains("{queryCode}"), m.bodyZh());
        assertFalse(m.bodyZh().contains("123456") || m.params().containsValue("123456"), m.toString());
        assertEquals("123456", m.secret());

        Outbox.Message assigned = templates.compose(MessageKinds.ASSIGNED, Outbox.RecipientKind.STAFF, "sun.li",
                "TS-20261207-0002", Map.of("category_zh", "服务态度", "category_en", "Service attitude"), false, null);
        assertTrue(assigned.bodyZh().contains("服务态度"), assigned.bodyZh());
        assertTrue(assigned.bodyEn().contains("Service attitude"), assigned.bodyEn());
    }

    @Test
    void a_hall_overrides_one_key_and_keeps_the_others(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notifications_zh_CN.properties"), "FILED.subject=【本厅】已收到 {trackingNumber}\n",
                StandardCharsets.UTF_8);
        SettingsFiles files = new SettingsFiles();
        files.configDir = Optional.of(dir.toString());
        HallMessageTemplates templates = new HallMessageTemplates();
        templates.files = files;
        templates.load();
        Outbox.Message m = templates.compose(MessageKinds.FILED, Outbox.RecipientKind.COMPLAINANT, "TS-1", "TS-1",
                Map.of(), false, null);
        assertEquals("【本厅】已收到 TS-1", m.subjectZh());
        assertTrue(m.bodyZh().startsWith("您的投诉已登记"), "the shipped body stays: " + m.bodyZh());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
