package org.servicehall.plugins.notify.sms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.notify.Message;
import org.servicehall.plugin.api.notify.MessageKinds;
import org.servicehall.plugin.api.notify.Recipient;

/** The notifier against an SMS centre speaking SMPP 3.4 on a local port. */
class SmppNotifierTest {

    private static final String PHONE = "13800138000";
    private static final String SIGN = "【某某市政务服务中心】";

    private LocalSmsc smsc;
    private RecordingContext context;
    private SmsNotifier notifier;

    @BeforeEach
    void start() throws Exception {
        smsc = LocalSmsc.start();
        context = new RecordingContext().set("transport", "smpp").set("host", "127.0.0.1")
                .set("port", Integer.toString(smsc.port())).set("systemId", LocalSmsc.SYSTEM_ID)
                .set("password", LocalSmsc.PASSWORD).set("sourceAddress", "106900001234").set("signName", SIGN)
                .set("throughputPerSecond", "50");
        notifier = new SmsNotifier(context);
    }

    @AfterEach
    void stop() throws Exception {
        notifier.deactivate();
        smsc.close();
    }

    @Test
    void a_chinese_text_arrives_intact_in_ucs2_with_the_sign_name_and_the_opt_out_text() throws Exception {
        String body = "您的投诉已受理，受理编号TS-20261128-00042。";
        notifier.send(toComplainant(1, body));

        assertEquals(1, smsc.submits.size());
        LocalSmsc.Submit submit = smsc.submits.get(0);
        assertEquals(PHONE, submit.destination());
        assertEquals(0x08, submit.dataCoding());
        assertFalse(submit.concatenated());
        assertEquals(0x01, submit.registeredDelivery() & 0x03, "a delivery receipt is requested");
        assertEquals(SIGN + body + "回复TD退订", submit.text());
    }

    @Test
    void a_long_chinese_text_arrives_in_parts_that_the_phone_joins_again() throws Exception {
        String body = "关于您反映的不动产登记窗口办理时间过长的问题，".repeat(9).substring(0, 200);
        assertEquals(200, body.length());
        notifier.send(toComplainant(2, body));

        String expected = SIGN + body + " 回复TD退订";
        int parts = (expected.length() + 66) / 67;
        assertEquals(parts, smsc.submits.size());
        StringBuilder joined = new StringBuilder();
        int reference = smsc.submits.get(0).shortMessage()[3];
        for (int i = 0; i < parts; i++) {
            LocalSmsc.Submit part = smsc.submits.get(i);
            assertTrue(part.concatenated(), "UDHI set on part " + (i + 1));
            assertEquals(0x08, part.dataCoding());
            byte[] header = Arrays.copyOf(part.shortMessage(), 6);
            assertArrayEquals(new byte[] {0x05, 0x00, 0x03, (byte) reference, (byte) parts, (byte) (i + 1)}, header);
            assertTrue(part.shortMessage().length <= 140, "fits one short message");
            joined.append(part.text());
        }
        assertEquals(expected, joined.toString());
    }

    @Test
    void a_delivery_receipt_reaches_the_host_with_the_outbox_message_id() throws Exception {
        notifier.send(toComplainant(42, "您的投诉已办结。"));
        smsc.receipt(smsc.submits.get(0), "DELIVRD");

        RecordingContext.await("the delivery report", () -> !context.reports.isEmpty());
        assertEquals(List.of(new RecordingContext.Report("sms", 42, true, "DELIVRD")), context.reports);
    }

    @Test
    void a_long_message_is_delivered_when_every_part_is_and_undelivered_when_one_part_fails() throws Exception {
        notifier.send(toComplainant(7, "处理结果：".repeat(30)));
        List<LocalSmsc.Submit> first = List.copyOf(smsc.submits);
        assertTrue(first.size() > 1);
        for (int i = 0; i < first.size() - 1; i++) {
            smsc.receipt(first.get(i), "DELIVRD");
        }
        assertEquals(List.of(), context.reports, "not delivered while a part is on its way");
        smsc.receipt(first.get(first.size() - 1), "DELIVRD");
        RecordingContext.await("the report of message 7", () -> !context.reports.isEmpty());

        notifier.send(toComplainant(8, "处理结果：".repeat(30)));
        smsc.receipt(smsc.submits.get(first.size()), "UNDELIV");
        RecordingContext.await("the report of message 8", () -> context.reports.size() == 2);
        assertEquals(List.of(new RecordingContext.Report("sms", 7, true, "DELIVRD"),
                new RecordingContext.Report("sms", 8, false, "UNDELIV")), context.reports);
    }

    @Test
    void a_td_reply_withdraws_the_consent_of_the_phone_and_other_replies_do_not() throws Exception {
        RecordingContext.await("the bind at start", smsc::bound);
        smsc.reply("86" + PHONE, "谢谢", Ucs2Parts.DATA_CODING_UCS2, StandardCharsets.UTF_16BE);
        smsc.reply("86" + PHONE, " ＴＤ ", Ucs2Parts.DATA_CODING_UCS2, StandardCharsets.UTF_16BE);
        smsc.reply("13900139000", "stop", (byte) 0x00, StandardCharsets.US_ASCII);

        // deliver_sm is answered after the notifier handled it: nothing to wait for
        assertEquals(List.of(PHONE, "13900139000"), context.withdrawals);
    }

    @Test
    void while_the_sms_centre_is_down_a_send_throws_and_once_it_is_back_the_message_is_sent_once() throws Exception {
        notifier.send(toComplainant(1, "第一条。"));
        smsc.stop();

        SmsNotSentException down = assertThrows(SmsNotSentException.class, () -> notifier.send(toComplainant(2, "第二条。")));
        assertTrue(down.getMessage().contains("127.0.0.1:" + smsc.port()), down.getMessage());
        assertFalse(down.getMessage().contains(PHONE));

        smsc.restart();
        notifier.send(toComplainant(2, "第二条。"));   // the outbox's retry
        notifier.send(toComplainant(2, "第二条。"));   // and one after the host stopped waiting for the first
        assertEquals(List.of(SIGN + "第一条。回复TD退订", SIGN + "第二条。回复TD退订"),
                smsc.submits.stream().map(LocalSmsc.Submit::text).toList());
    }

    @Test
    void sends_keep_to_the_agreed_rate_as_the_sms_centre_sees_them() throws Exception {
        context.set("throughputPerSecond", "5");
        notifier.send(toComplainant(100, "预热。")); // bound before the measured sends
        int n = 6;
        for (int i = 1; i <= n; i++) {
            notifier.send(toComplainant(100 + i, "第" + i + "条。"));
        }
        List<LocalSmsc.Submit> measured = smsc.submits.subList(1, 1 + n);
        long spanNanos = measured.get(n - 1).arrivedNanos() - measured.get(0).arrivedNanos();
        assertTrue(spanNanos >= Duration.ofMillis(1000L * (n - 1) / 5).toNanos(),
                n + " messages at 5/s arrived within " + spanNanos / 1_000_000 + " ms");
    }

    @Test
    void staff_and_roles_listed_with_a_phone_get_the_text_without_the_opt_out() throws Exception {
        context.set("staffPhones", "SUPERVISOR=13800000001,supervisor=13800000002,zhang.wei=139 0000 0003");

        assertTrue(notifier.accepts(Recipient.role("SUPERVISOR")));
        assertTrue(notifier.accepts(Recipient.staff("zhang.wei")));
        assertFalse(notifier.accepts(Recipient.staff("li.na")));
        assertFalse(notifier.accepts(Recipient.role("ADMIN")));
        assertTrue(notifier.accepts(Recipient.complainant("TS-1", PHONE)));
        assertFalse(notifier.accepts(Recipient.complainant("TS-1", null)), "no consent, no phone");

        notifier.send(new Message(9, Recipient.role("SUPERVISOR"), MessageKinds.ALERT_SUPERVISOR,
                LocalizedText.of("超期", "Overdue"), LocalizedText.of("投诉TS-1已超期。", "TS-1 is overdue."), "TS-1",
                Map.of(), true));
        assertEquals(List.of("13800000001", "13800000002"), smsc.submits.stream().map(LocalSmsc.Submit::destination).toList());
        assertEquals(SIGN + "投诉TS-1已超期。", smsc.submits.get(0).text());
        assertEquals(1, smsc.submits.get(0).priority(), "important messages are sent with priority");
    }

    @Test
    void a_changed_account_applies_to_the_next_send_and_a_wrong_one_is_refused_clearly() throws Exception {
        notifier.send(toComplainant(1, "第一条。"));
        context.set("password", "wrong");

        SmsNotSentException refused = assertThrows(SmsNotSentException.class, () -> notifier.send(toComplainant(2, "第二条。")));
        assertTrue(refused.getMessage().startsWith("cannot bind to the SMS centre"), refused.getMessage());
        assertFalse(refused.getMessage().contains("wrong"));
        assertTrue(smsc.rejectedBinds.contains(LocalSmsc.SYSTEM_ID));
    }

    @Test
    void without_the_settings_of_its_transport_a_send_throws_naming_them() {
        RecordingContext empty = new RecordingContext().set("transport", "smpp");
        SmsNotifier unconfigured = new SmsNotifier(empty);
        try {
            SmsNotSentException e = assertThrows(SmsNotSentException.class, () -> unconfigured.send(toComplainant(1, "好。")));
            assertEquals("the SMS notifier is not configured: set host, systemId, password "
                    + "(on the plugin screen, or as servicehall.notifier.sms.<key>)", e.getMessage());
            empty.set("transport", "");
            e = assertThrows(SmsNotSentException.class, () -> unconfigured.send(toComplainant(1, "好。")));
            assertTrue(e.getMessage().contains("set transport"), e.getMessage());
        } finally {
            unconfigured.deactivate();
        }
    }

    @Test
    void neither_the_phone_number_nor_the_text_reaches_the_log_even_at_the_finest_level() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            public void publish(LogRecord record) { records.add(record); }
            public void flush() { }
            public void close() { }
        };
        handler.setLevel(Level.ALL);
        List<Logger> loggers = List.of(Logger.getLogger("org.jsmpp"), Logger.getLogger("org.servicehall.plugins.notify.sms"));
        for (Logger logger : loggers) {
            logger.setLevel(Level.ALL);
            logger.addHandler(handler);
        }
        try {
            notifier.send(toComplainant(5, "王先生您好，处理结果如下。"));
            smsc.receipt(smsc.submits.get(0), "DELIVRD");
            smsc.reply(PHONE, "TD", (byte) 0x00, StandardCharsets.US_ASCII);
            RecordingContext.await("the report", () -> !context.reports.isEmpty());
        } finally {
            for (Logger logger : loggers) {
                logger.removeHandler(handler);
                logger.setLevel(null);
            }
        }
        assertFalse(records.isEmpty());
        String phoneHex = HexFormat.of().formatHex(PHONE.getBytes(StandardCharsets.US_ASCII));
        String textHex = HexFormat.of().formatHex("王先生".getBytes(StandardCharsets.UTF_16BE));
        for (LogRecord record : records) {
            String line = (record.getMessage() + " " + Arrays.toString(record.getParameters())).toLowerCase();
            assertFalse(line.contains(PHONE) || line.contains(phoneHex) || line.contains("王先生") || line.contains(textHex),
                    "logged: " + line);
        }
    }

    private static Message toComplainant(long id, String body) {
        return new Message(id, Recipient.complainant("TS-20261128-00042", PHONE), MessageKinds.FILED,
                LocalizedText.of("投诉已受理", "Complaint received"), LocalizedText.of(body, "Your complaint"),
                "TS-20261128-00042", Map.of("trackingNumber", "TS-20261128-00042"), false);
    }
}
