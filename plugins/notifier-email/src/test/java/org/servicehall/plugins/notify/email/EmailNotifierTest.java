package org.servicehall.plugins.notify.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
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

/** The notifier against an in-process SMTP server (GreenMail on a free port); no outside network. */
class EmailNotifierTest {

    private static final String CITIZEN = "li.lei@citizen.test";
    private static final String TRACKING = "TS-20261128-00042";

    private final HallContext hall = new HallContext(EmailNotifier.ID);
    private final EmailNotifier notifier = new EmailNotifier(hall);
    private GreenMail mail;

    @BeforeEach
    void start() {
        mail = server(ServerSetupTest.SMTP.dynamicPort());
        hall.settings.put("host", "127.0.0.1");
        hall.settings.put("port", Integer.toString(mail.getSmtp().getPort()));
        hall.settings.put("security", "none");
        hall.settings.put("from", "政务服务中心 <notices@hall.example>");
        hall.settings.put("roleAddresses", "SUPERVISOR=duty@hall.example, ADMIN=it@hall.example, supervisor=deputy@hall.example");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void a_message_arrives_in_chinese_then_english_as_text_and_html() throws Exception {
        notifier.send(receipt(101, "王先生您好：\n\n您的投诉已受理，受理编号 " + TRACKING + "，查询码 7K3M9P。\n进度：https://hall.example/s/" + TRACKING,
                "Dear Mr Wang,\n\nyour complaint " + TRACKING + " was received; query code 7K3M9P.\nStatus: https://hall.example/s/" + TRACKING));

        MimeMessage received = onlyMailTo(CITIZEN);
        assertEquals("投诉已受理 / Complaint received", received.getSubject());
        String rawSubject = received.getHeader("Subject")[0];
        assertTrue(rawSubject.chars().allMatch(c -> c < 128), "encoded words, for servers without SMTPUTF8: " + rawSubject);
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals("notices@hall.example", from.getAddress());
        assertEquals("政务服务中心", from.getPersonal());
        assertEquals("<outbox-101.email@hall.example>", received.getMessageID());
        assertEquals("auto-generated", received.getHeader("Auto-Submitted", null));
        assertNull(received.getHeader("Importance"));

        assertTrue(received.getContentType().startsWith("multipart/alternative"), received.getContentType());
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain") && html.isMimeType("text/html"));
        String plain = ((String) text.getContent()).replace("\r\n", "\n"); // SMTP carries lines ending in CR LF
        assertTrue(plain.startsWith("王先生您好：\n\n您的投诉已受理，受理编号 " + TRACKING + "，查询码 7K3M9P。"), plain);
        assertTrue(plain.indexOf("受理编号") < plain.indexOf(MailBodies.RULE)
                && plain.indexOf(MailBodies.RULE) < plain.indexOf("Dear Mr Wang"), "Chinese, the rule, then English: " + plain);
        String page = (String) html.getContent();
        assertTrue(page.contains("<html lang=\"zh-CN\">"), page);
        assertTrue(page.indexOf("您的投诉已受理") < page.indexOf("<hr>") && page.indexOf("<hr>") < page.indexOf("Dear Mr Wang"), page);
        assertTrue(page.contains("<a href=\"https://hall.example/s/" + TRACKING + "\">"), "the status link can be clicked: " + page);
    }

    @Test
    void the_html_part_shows_markup_in_the_text_as_text() throws Exception {
        notifier.send(receipt(102, "您写道：<script>alert('x')</script> & <b>加急</b>", "You wrote: <script>alert(\"x\")</script>"));

        MimeMultipart parts = (MimeMultipart) onlyMailTo(CITIZEN).getContent();
        String page = (String) parts.getBodyPart(1).getContent();
        assertFalse(page.contains("<script") || page.contains("<b>"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;加急&lt;/b&gt;"), page);
        assertTrue(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), page);
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("<script>alert('x')</script>"),
                "the text part keeps the text as it is");
    }

    @Test
    void a_role_is_mailed_at_the_addresses_it_was_given_and_an_important_message_is_marked() throws Exception {
        Message overdue = new Message(103, Recipient.role("SUPERVISOR"), MessageKinds.SUPERVISE,
                LocalizedText.of("督办：投诉已超期", "Supervision: complaint overdue"),
                LocalizedText.of("投诉 " + TRACKING + " 已超过办理期限，请督办。", "Complaint " + TRACKING + " is overdue."),
                TRACKING, Map.of("trackingNumber", TRACKING), true);

        notifier.send(overdue);

        assertTrue(mail.waitForIncomingEmail(5000, 2));
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(2, received.length, "one copy for each address of the role");
        MimeMessage first = received[0];
        assertEquals(List.of("duty@hall.example", "deputy@hall.example"), Arrays.stream(first.getRecipients(jakarta.mail.Message.RecipientType.TO))
                .map(a -> ((InternetAddress) a).getAddress()).toList());
        assertEquals("督办：投诉已超期 / Supervision: complaint overdue", first.getSubject());
        assertEquals("high", first.getHeader("Importance", null));
        assertEquals("1 (Highest)", first.getHeader("X-Priority", null));
    }

    @Test
    void it_accepts_complainants_and_staff_with_an_address_and_the_roles_it_has_addresses_for() {
        assertTrue(notifier.accepts(Recipient.complainant(TRACKING, null, CITIZEN)));
        assertFalse(notifier.accepts(Recipient.complainant(TRACKING, "13800138000")), "no consent to e-mail, no address");
        assertTrue(notifier.accepts(Recipient.staff("zhang.wei", "zhang.wei@hall.example")));
        assertFalse(notifier.accepts(Recipient.staff("zhang.wei")));
        assertTrue(notifier.accepts(Recipient.role("SUPERVISOR")));
        assertTrue(notifier.accepts(Recipient.role("ADMIN")));
        assertFalse(notifier.accepts(Recipient.role("HANDLER")));
        hall.settings.remove("roleAddresses");
        assertFalse(notifier.accepts(Recipient.role("SUPERVISOR")), "a change of the setting applies at once");
        assertFalse(notifier.accepts(null));
    }

    @Test
    void an_outage_throws_and_after_the_restart_the_retry_delivers_one_mail() throws Exception {
        Message receipt = receipt(104, "您的投诉已受理。", "Your complaint was received.");
        int port = mail.getSmtp().getPort();
        mail.stop();

        NotSent down = assertThrows(NotSent.class, () -> notifier.send(receipt));
        assertTrue(down.getMessage().contains("cannot be reached"), down.getMessage());
        assertFalse(down.getMessage().contains(CITIZEN), "no address in what the host logs");

        mail = server(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        notifier.send(receipt);

        assertEquals("<outbox-104.email@hall.example>", onlyMailTo(CITIZEN).getMessageID());
    }

    @Test
    void a_mail_sent_again_carries_the_same_message_id() throws Exception {
        Message receipt = receipt(105, "您的投诉已受理。", "Your complaint was received.");
        notifier.send(receipt);
        notifier.send(receipt); // the host did not learn of the first, e.g. it stopped right after the server took it

        assertTrue(mail.waitForIncomingEmail(5000, 2));
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(received[0].getMessageID(), received[1].getMessageID(), "mail programs show it once");
    }

    @Test
    void a_refused_login_throws_saying_so_without_the_password() throws Exception {
        mail.setUser("notices@hall.example", "notices", "right-secret");
        hall.settings.put("username", "notices");
        hall.settings.put("password", "wrong-secret");

        NotSent refused = assertThrows(NotSent.class, () -> notifier.send(receipt(106, "您好。", "Hello.")));
        assertTrue(refused.getMessage().contains("user name or password"), refused.getMessage());
        assertFalse(refused.getMessage().contains("wrong-secret"));

        hall.settings.put("password", "right-secret");
        notifier.send(receipt(106, "您好。", "Hello."));
        onlyMailTo(CITIZEN);
    }

    @Test
    void a_server_without_starttls_gets_nothing_while_the_setting_asks_for_it() {
        hall.settings.remove("security"); // the default: starttls, which GreenMail's SMTP does not offer
        NotSent plain = assertThrows(NotSent.class, () -> notifier.send(receipt(109, "您好。", "Hello.")));
        assertTrue(plain.getMessage().contains("STARTTLS"), plain.getMessage());
        assertEquals(0, mail.getReceivedMessages().length, "nothing went out unencrypted");
    }

    @Test
    void without_a_server_or_sender_nothing_is_sent_and_the_host_is_told_what_is_missing() {
        hall.settings.remove("host");
        hall.settings.remove("from");
        NotSent missing = assertThrows(NotSent.class, () -> notifier.send(receipt(107, "您好。", "Hello.")));
        assertEquals("email: not configured, settings missing or invalid: host, from", missing.getMessage());
        hall.settings.put("host", "127.0.0.1");
        hall.settings.put("from", "not an address");
        assertThrows(NotSent.class, () -> notifier.send(receipt(107, "您好。", "Hello.")));
        assertEquals(0, mail.getReceivedMessages().length);
    }

    @Test
    void the_log_names_the_message_and_the_recipient_but_no_address_or_text() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(EmailNotifier.class.getName());
        Handler handler = new Handler() {
            public void publish(LogRecord record) { records.add(record); }
            public void flush() { }
            public void close() { }
        };
        logger.addHandler(handler);
        try {
            notifier.send(receipt(108, "王先生您好：您的投诉已受理。", "Dear Mr Wang, received."));
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(1, records.size());
        String line = MessageFormat.format(records.get(0).getMessage(), records.get(0).getParameters());
        assertEquals("email: message 108 to COMPLAINANT:" + TRACKING + " sent (1 address(es))", line);
    }

    @Test
    void the_settings_are_declared_with_the_secret_hidden_and_every_kind_by_default() {
        List<SettingSpec> specs = notifier.settings();
        assertEquals(List.of("host", "port", "security", "username", "password", "from", "roleAddresses", MessageKinds.SETTING),
                specs.stream().map(SettingSpec::key).toList());
        assertEquals(List.of("host", "from"), specs.stream().filter(SettingSpec::required).map(SettingSpec::key).toList());
        assertEquals(SettingSpec.Type.SECRET, specs.get(4).type());
        assertEquals("starttls", specs.get(2).defaultValue(), "encrypted unless IT says otherwise");
        assertEquals("*", specs.get(7).defaultValue());
        assertEquals(SettingSpec.Type.LIST, specs.get(7).type());
    }

    private Message receipt(long id, String zh, String en) {
        return new Message(id, Recipient.complainant(TRACKING, "13800138000", CITIZEN), MessageKinds.FILED,
                LocalizedText.of("投诉已受理", "Complaint received"), LocalizedText.of(zh, en), TRACKING,
                Map.of("trackingNumber", TRACKING, "queryCode", "7K3M9P", "statusUrl", "https://hall.example/s/" + TRACKING), false);
    }

    private MimeMessage onlyMailTo(String address) throws Exception {
        assertTrue(mail.waitForIncomingEmail(5000, 1));
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals(address, ((InternetAddress) received[0].getRecipients(jakarta.mail.Message.RecipientType.TO)[0]).getAddress());
        return received[0];
    }

    /** GreenMail gives a server 2 s to start by default; a busy build machine may need longer. */
    private static GreenMail server(ServerSetup setup) {
        setup.setServerStartupTimeout(60_000);
        GreenMail server = new GreenMail(setup);
        server.start();
        return server;
    }
}
