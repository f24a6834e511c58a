package org.servicehall.plugins.notify.wecom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.MessageKinds;
import org.servicehall.plugin.api.notify.Recipient;

/** The notifier against fake WeCom and DingTalk robot webhooks on a free local port; no outside network. */
class GroupRobotNotifierTest {

    private static final String TRACKING = "TS-20261128-00042";

    private final HallContext hall = new HallContext(GroupRobotNotifier.ID);
    private final GroupRobotNotifier notifier = new GroupRobotNotifier(hall);
    private FakeRobot robot;

    @BeforeEach
    void start() throws Exception {
        robot = new FakeRobot();
        hall.settings.put("webhookUrl", robot.wecomUrl());
    }

    @AfterEach
    void stop() {
        robot.stop();
    }

    @Test
    void a_supervisor_alert_arrives_in_the_wecom_group_in_chinese_with_the_tracking_number() throws Exception {
        notifier.send(overdue(201, false));

        assertEquals(1, robot.posted.size());
        JsonObject posted = robot.posted.get(0);
        assertEquals("text", posted.getString("msgtype"));
        assertEquals("投诉已超期\n投诉 " + TRACKING + " 已超过办理期限（不动产登记窗口），请督办。\n受理编号：" + TRACKING,
                posted.getJsonObject("text").getString("content"));
        assertFalse(posted.getJsonObject("text").containsKey("mentioned_list"));
        assertFalse(posted.toString().contains("7K3M9P"), "no parameter but the tracking number leaves the hall");
        assertFalse(posted.toString().contains("overdue"), "the duty group reads Chinese");
    }

    @Test
    void a_signed_dingtalk_message_arrives_and_a_wrong_secret_is_refused() throws Exception {
        robot.dingTalkSecret = FakeRobot.SECRET;
        hall.settings.put("platform", "dingtalk");
        hall.settings.put("webhookUrl", robot.dingTalkUrl());
        hall.settings.put("signingSecret", FakeRobot.SECRET);

        notifier.send(overdue(202, false));

        assertEquals(1, robot.posted.size());
        JsonObject posted = robot.posted.get(0);
        assertEquals("text", posted.getString("msgtype"));
        assertTrue(posted.getJsonObject("text").getString("content").startsWith("投诉已超期\n投诉 " + TRACKING + " 已超过办理期限"));
        assertFalse(posted.getJsonObject("at").getBoolean("isAtAll"));

        hall.settings.put("signingSecret", "SECwrong");
        NotPosted refused = assertThrows(NotPosted.class, () -> notifier.send(overdue(203, false)));
        assertTrue(refused.getMessage().contains("errcode 310000"), refused.getMessage());
        hall.settings.remove("signingSecret");
        assertThrows(NotPosted.class, () -> notifier.send(overdue(203, false)), "unsigned while the robot wants a signature");
        assertEquals(1, robot.posted.size());
    }

    @Test
    void an_important_message_is_marked_and_mentions_everyone_where_it_is_configured() throws Exception {
        notifier.send(overdue(204, true));
        hall.settings.put("mentionAll", "true");
        notifier.send(overdue(205, true));
        notifier.send(overdue(206, false));

        JsonObject quiet = robot.posted.get(0).getJsonObject("text");
        assertTrue(quiet.getString("content").startsWith(RobotText.IMPORTANT + "投诉已超期\n"), quiet.toString());
        assertFalse(quiet.containsKey("mentioned_list"));
        assertEquals("[\"@all\"]", robot.posted.get(1).getJsonObject("text").getJsonArray("mentioned_list").toString());
        assertFalse(robot.posted.get(2).getJsonObject("text").containsKey("mentioned_list"), "only important messages");

        hall.settings.put("platform", "dingtalk");
        hall.settings.put("webhookUrl", robot.dingTalkUrl());
        notifier.send(overdue(207, true));
        assertTrue(robot.posted.get(3).getJsonObject("at").getBoolean("isAtAll"));
    }

    @Test
    void a_refusal_or_an_error_of_the_platform_throws_so_that_the_host_tries_again() {
        robot.answer = "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}";
        NotPosted limited = assertThrows(NotPosted.class, () -> notifier.send(overdue(208, false)));
        assertEquals("wecom: the wecom webhook at 127.0.0.1 refused the message: errcode 45009 api freq out of limit",
                limited.getMessage());

        robot.answer = null;
        robot.status = 502;
        NotPosted badGateway = assertThrows(NotPosted.class, () -> notifier.send(overdue(208, false)));
        assertTrue(badGateway.getMessage().endsWith("answered HTTP 502"), badGateway.getMessage());

        robot.status = 200;
        robot.answer = "<html>维护中</html>";
        assertThrows(NotPosted.class, () -> notifier.send(overdue(208, false)), "an answer without errcode is no delivery");

        robot.answer = null;
        hall.settings.put("webhookUrl", robot.wecomUrl().replace(FakeRobot.KEY, "revoked-key"));
        NotPosted revoked = assertThrows(NotPosted.class, () -> notifier.send(overdue(208, false)));
        assertTrue(revoked.getMessage().contains("errcode 93000"), revoked.getMessage());
        assertFalse(revoked.getMessage().contains("revoked-key"), "the key stays out of what the host logs");
        assertTrue(robot.posted.isEmpty());
    }

    @Test
    void an_outage_throws_and_after_it_the_retry_posts_the_message_once() throws Exception {
        int port = robot.port();
        robot.stop();

        NotPosted down = assertThrows(NotPosted.class, () -> notifier.send(overdue(209, false)));
        assertTrue(down.getMessage().startsWith("wecom: the wecom webhook at 127.0.0.1 cannot be reached"), down.getMessage());
        assertFalse(down.getMessage().contains(FakeRobot.KEY));

        robot.start(port);
        notifier.send(overdue(209, false));
        assertEquals(1, robot.posted.size());
    }

    @Test
    void only_the_configured_roles_are_served_never_a_complainant_or_a_single_person() throws Exception {
        assertFalse(notifier.accepts(Recipient.complainant(TRACKING, "13800138000", "li.lei@citizen.test")));
        assertFalse(notifier.accepts(Recipient.complainant(TRACKING, null)));
        assertFalse(notifier.accepts(Recipient.staff("zhao.min", "zhao.min@hall.example")));
        assertTrue(notifier.accepts(Recipient.role("SUPERVISOR")));
        assertFalse(notifier.accepts(Recipient.role("ADMIN")));
        assertFalse(notifier.accepts(null));
        hall.settings.put("roles", "SUPERVISOR, admin");
        assertTrue(notifier.accepts(Recipient.role("ADMIN")), "a change of the setting applies at once");

        Message toCitizen = new Message(210, Recipient.complainant(TRACKING, "13800138000"), MessageKinds.RESULT,
                LocalizedText.of("投诉已办结", "Complaint closed"), LocalizedText.of("王先生您好，处理结果如下。", "Dear Mr Wang, the result."),
                TRACKING, Map.of(), false);
        assertThrows(NotPosted.class, () -> notifier.send(toCitizen), "even if the host asked");
        assertTrue(robot.posted.isEmpty());
    }

    @Test
    void phone_numbers_id_card_numbers_and_addresses_in_the_text_are_masked() throws Exception {
        notifier.send(new Message(211, Recipient.role("SUPERVISOR"), MessageKinds.ALERT_SUPERVISOR,
                LocalizedText.of("重复投诉", "Repeated complaint"),
                LocalizedText.of("来电 13800138000 第3次投诉，身份证 11010519491231002X，邮箱 li.lei@citizen.test。",
                        "Caller 13800138000 complained a third time."), TRACKING, Map.of(), false));

        String content = robot.posted.get(0).getJsonObject("text").getString("content");
        assertTrue(content.contains("来电 138****8000 第3次投诉，身份证 110***********002X，邮箱 ***@citizen.test。"), content);
        assertTrue(content.endsWith("受理编号：" + TRACKING), "the tracking number is no personal data: " + content);
    }

    @Test
    void a_long_text_is_shortened_to_what_the_platform_takes_keeping_the_tracking_number() throws Exception {
        notifier.send(new Message(212, Recipient.role("SUPERVISOR"), MessageKinds.ALERT_SUPERVISOR,
                LocalizedText.of("投诉已超期", "Overdue"), LocalizedText.of("超期说明。".repeat(300), "Overdue."),
                TRACKING, Map.of(), false));

        String content = robot.posted.get(0).getJsonObject("text").getString("content");
        assertTrue(content.getBytes(StandardCharsets.UTF_8).length <= Platform.WECOM.maxTextBytes, content);
        assertTrue(content.contains("…\n受理编号：" + TRACKING), content);
    }

    @Test
    void without_a_webhook_nothing_is_posted_and_the_host_is_told_what_is_missing() {
        hall.settings.remove("webhookUrl");
        hall.settings.put("platform", "slack");
        NotPosted missing = assertThrows(NotPosted.class, () -> notifier.send(overdue(213, false)));
        assertEquals("wecom: not configured, settings missing or invalid: platform, webhookUrl", missing.getMessage());
        hall.settings.put("platform", "wecom");
        hall.settings.put("webhookUrl", "qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + FakeRobot.KEY);
        NotPosted wrong = assertThrows(NotPosted.class, () -> notifier.send(overdue(213, false)));
        assertEquals("wecom: the setting webhookUrl is not an http(s) address", wrong.getMessage());
    }

    @Test
    void the_log_names_the_message_and_the_role_but_neither_the_key_nor_the_text() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(GroupRobotNotifier.class.getName());
        Handler handler = new Handler() {
            public void publish(LogRecord record) { records.add(record); }
            public void flush() { }
            public void close() { }
        };
        logger.addHandler(handler);
        try {
            notifier.send(overdue(214, false));
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(1, records.size());
        String line = MessageFormat.format(records.get(0).getMessage(), records.get(0).getParameters());
        assertEquals("wecom: message 214 to ROLE:SUPERVISOR posted to the wecom group", line);
    }

    @Test
    void the_settings_are_declared_with_the_secrets_hidden_and_the_supervisors_kinds_by_default() {
        List<SettingSpec> specs = notifier.settings();
        assertEquals(List.of("platform", "webhookUrl", "signingSecret", "roles", MessageKinds.SETTING, "mentionAll"),
                specs.stream().map(SettingSpec::key).toList());
        assertEquals(List.of("webhookUrl"), specs.stream().filter(SettingSpec::required).map(SettingSpec::key).toList());
        assertEquals(SettingSpec.Type.SECRET, specs.get(1).type());
        assertEquals(SettingSpec.Type.SECRET, specs.get(2).type());
        assertEquals("SUPERVISOR", specs.get(3).defaultValue());
        assertEquals("ALERT_SUPERVISOR,SUPERVISE,SUGGEST_REASSIGN,PLUGIN_STOPPED,APPROVAL_WAITING", specs.get(4).defaultValue());
        assertEquals(SettingSpec.Type.FLAG, specs.get(5).type());
    }

    private static Message overdue(long id, boolean important) {
        return new Message(id, Recipient.role("SUPERVISOR"), important ? MessageKinds.SUPERVISE : MessageKinds.ALERT_SUPERVISOR,
                LocalizedText.of("投诉已超期", "Complaint overdue"),
                LocalizedText.of("投诉 " + TRACKING + " 已超过办理期限（不动产登记窗口），请督办。",
                        "Complaint " + TRACKING + " is overdue (real estate window)."),
                TRACKING, Map.of("trackingNumber", TRACKING, "queryCode", "7K3M9P"), important);
    }
}
