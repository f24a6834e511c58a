package org.servicehall.plugins.channel.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.channel.InvalidRegistrationException;
import org.servicehall.plugin.api.channel.Registration;
import org.servicehall.plugin.api.common.SettingSpec;

/** The channel against an in-process mail server (GreenMail on free ports); no outside network. */
class EmailChannelTest {

    private static final String HALL = "tousu@hall.test";
    private static final String PASSWORD = "unit-secret";
    private static final String CITIZEN = "li.lei@citizen.test";

    private GreenMail mail;
    private GreenMailUser mailbox;
    private final FakeHall hall = new FakeHall();
    private final EmailChannel channel = new EmailChannel();
    private final Session session = Session.getInstance(new Properties());

    /**
     * GreenMail gives a server 2 s to start by default; an IMAPS server makes its key first and
     * takes longer than that on a busy build machine.
     */
    static ServerSetup[] patient(ServerSetup[] setups) {
        for (ServerSetup setup : setups) {
            setup.setServerStartupTimeout(60_000);
        }
        return setups;
    }

    @BeforeEach
    void start() {
        mail = new GreenMail(patient(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP)));
        mail.start();
        mailbox = mail.setUser(HALL, "hall", PASSWORD);
        mail.setUser(CITIZEN, "lilei", "citizen");
        hall.settings.put("imap.host", "127.0.0.1");
        hall.settings.put("imap.port", Integer.toString(mail.getImap().getPort()));
        hall.settings.put("imap.ssl", "false");
        hall.settings.put("imap.user", "hall");
        hall.settings.put("imap.password", PASSWORD);
        hall.settings.put("smtp.host", "127.0.0.1");
        hall.settings.put("smtp.port", Integer.toString(mail.getSmtp().getPort()));
        hall.settings.put("smtp.ssl", "false");
        hall.settings.put("smtp.from", HALL);
        hall.settings.put("poll.seconds", "1");
        hall.settings.put("poll.budget.millis", "5000");
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    @Test
    void a_new_mail_is_filed_answered_with_the_tracking_number_and_moved_aside_as_read() throws Exception {
        MimeMessage m = mail("窗口人员态度恶劣", "上午在3号窗口办理社保，工作人员态度恶劣，拒绝解释。");
        m.setFrom(new InternetAddress(CITIZEN, "李雷", "UTF-8"));
        m.setHeader("Message-ID", "<c1@citizen.test>");
        deliver(m);

        channel.poll(hall);

        assertEquals(1, hall.registrations.size());
        Registration r = hall.registrations.get(0);
        assertEquals("c1@citizen.test", r.externalId());
        assertEquals("SERVICE_ATTITUDE", r.categoryCode());
        assertEquals(CITIZEN, r.contactEmail().orElseThrow());
        assertEquals("李雷", r.contactName().orElseThrow());
        assertTrue(r.description().startsWith("主题 / Subject: 窗口人员态度恶劣\n\n上午在3号窗口"), r.description());
        assertEquals(Duration.ofSeconds(1), channel.pollInterval().orElseThrow());

        MimeMessage reply = onlyReplyTo(CITIZEN);
        String text = (String) reply.getContent();
        assertTrue(text.contains("TS-20261129-00057"), text);
        assertTrue(text.indexOf("受理编号") < text.indexOf("tracking number"), "Chinese first, then English");
        assertTrue(text.contains("查询码为 " + FakeHall.QUERY_CODE) && text.contains("query code is " + FakeHall.QUERY_CODE),
                "the query code, the complainant's proof at the kiosk and on the website: " + text);
        assertTrue(reply.getSubject().contains("TS-20261129-00057"), reply.getSubject());
        String rawSubject = reply.getHeader("Subject")[0];
        assertTrue(rawSubject.chars().allMatch(c -> c < 128), "encoded words, for servers without SMTPUTF8: " + rawSubject);
        assertEquals("<c1@citizen.test>", reply.getHeader("In-Reply-To", null));
        assertEquals("<c1@citizen.test>", reply.getHeader("References", null));
        assertEquals(HALL, ((InternetAddress) reply.getFrom()[0]).getAddress());

        assertEquals(0, count("INBOX"));
        List<Message> processed = messages("ServiceHall-Processed");
        assertEquals(1, processed.size());
        assertTrue(processed.get(0).isSet(Flags.Flag.SEEN));

        channel.poll(hall);
        assertEquals(1, hall.registrations.size(), "a taken mail is not taken again");
        assertEquals(1, mail.getReceivedMessagesForDomain("citizen.test").length);
    }

    @Test
    void a_mail_filed_before_a_crash_is_not_filed_twice() throws Exception {
        MimeMessage m = mail("排队太久", "排队两个小时。");
        m.setHeader("Message-ID", "<again@citizen.test>");
        deliver(m);
        hall.numbers.put("again@citizen.test", "TS-20261128-00003"); // committed, but the mail was never marked

        channel.poll(hall);

        assertTrue(hall.registrations.isEmpty());
        assertTrue(((String) onlyReplyTo(CITIZEN).getContent()).contains("TS-20261128-00003"));
        assertEquals(1, count("ServiceHall-Processed"));
    }

    @Test
    void html_only_mail_becomes_text_and_attachments_are_listed() throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(CITIZEN));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(HALL));
        m.setSubject("卫生间没有纸", "UTF-8");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<html><head><style>p{}</style></head><body><p>二楼卫生间&nbsp;没有纸 &amp; 洗手液</p>"
                + "<script>alert(1)</script><div>已经一周</div></body></html>", "text/html; charset=UTF-8");
        mixed.addBodyPart(html);
        MimeBodyPart photo = new MimeBodyPart();
        photo.setContent(new byte[3000], "image/jpeg");
        photo.setFileName("照片.jpg");
        photo.setDisposition(MimeBodyPart.ATTACHMENT);
        mixed.addBodyPart(photo);
        m.setContent(mixed);
        deliver(m);

        channel.poll(hall);

        Registration r = hall.registrations.get(0);
        assertEquals("FACILITIES_ENVIRONMENT", r.categoryCode());
        assertTrue(r.description().contains("二楼卫生间 没有纸 & 洗手液\n已经一周"), r.description());
        assertFalse(r.description().contains("alert"), r.description());
        assertFalse(r.description().contains("<"), r.description());
        assertTrue(r.description().contains("照片.jpg (image/jpeg, 3 KB)"), r.description());
        assertTrue(r.externalId().length() <= 100);
    }

    @Test
    void attachments_are_kept_as_evidence_once_and_the_answer_names_those_that_were_not() throws Exception {
        byte[] pdf = "%PDF-1.4 申请表".getBytes(StandardCharsets.UTF_8);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        MimeMessage m = withAttachments(mail("材料被退回", "材料被退回三次，附申请表和窗口照片。"),
                attachment("申请表.pdf", pdf, "application/pdf"), attachment("窗口.png", png, "image/png"),
                attachment("说明.docx", new byte[] {'P', 'K', 3, 4, 0}, "application/octet-stream"));
        m.setHeader("Message-ID", "<files@citizen.test>");
        deliver(m);

        channel.poll(hall);

        String number = hall.numbers.get("files@citizen.test");
        assertEquals(List.of("申请表.pdf", "窗口.png"), List.copyOf(hall.evidence.get(number).keySet()));
        assertArrayEquals(pdf, hall.evidence.get(number).get("申请表.pdf"));
        assertArrayEquals(png, hall.evidence.get(number).get("窗口.png"));
        String text = (String) onlyReplyTo(CITIZEN).getContent();
        assertTrue(text.contains("以下附件已作为证据保存：申请表.pdf、窗口.png。"), text);
        assertTrue(text.contains("以下附件未能保存") && text.contains("：说明.docx。"), text);
        assertTrue(text.contains("Attachments kept as evidence: 申请表.pdf, 窗口.png."), text);
        assertTrue(text.indexOf("以下附件已作为证据保存") < text.indexOf("Attachments kept"), "Chinese first");

        // The same mail again (filed, but not marked before a crash): the same complaint, no file twice.
        MimeMessage again = withAttachments(mail("材料被退回", "材料被退回三次，附申请表和窗口照片。"),
                attachment("申请表.pdf", pdf, "application/pdf"));
        again.setHeader("Message-ID", "<files@citizen.test>");
        deliver(again);
        channel.poll(hall);
        assertEquals(1, hall.registrations.size());
        assertEquals(2, hall.evidence.get(number).size());
    }

    @Test
    void a_follow_up_quoting_the_number_adds_its_attachment_to_that_case() throws Exception {
        hall.numbers.put("first@citizen.test", "TS-20261129-00042");
        hall.contacts.put("TS-20261129-00042", CITIZEN);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        deliver(withAttachments(mail("Re: [TS-20261129-00042] 投诉已受理", "补充照片。"),
                attachment("现场.jpg", jpeg, "image/jpeg")));

        channel.poll(hall);

        assertTrue(hall.registrations.isEmpty(), "no new complaint");
        assertArrayEquals(jpeg, hall.evidence.get("TS-20261129-00042").get("现场.jpg"));
        assertEquals(1, hall.notes.get("TS-20261129-00042").size());
        assertTrue(((String) onlyReplyTo(CITIZEN).getContent()).contains("以下附件已作为证据保存：现场.jpg。"));
    }

    @Test
    void a_mail_quoting_a_tracking_number_is_added_to_that_case_as_a_note_and_confirmed() throws Exception {
        hall.numbers.put("first@citizen.test", "TS-20261129-00042");
        hall.contacts.put("TS-20261129-00042", CITIZEN);
        MimeMessage m = mail("Re: [TS-20261129-00042] 投诉已受理", "补充：当时的窗口号是3号。");
        m.setHeader("Message-ID", "<second@citizen.test>");
        deliver(m);

        channel.poll(hall);

        assertTrue(hall.registrations.isEmpty(), "no new complaint");
        List<String> notes = hall.notes.get("TS-20261129-00042");
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains("补充：当时的窗口号是3号。"), notes.get(0));
        assertTrue(notes.get(0).contains("发件人 / from " + CITIZEN), "the note names its sender: " + notes.get(0));
        MimeMessage reply = onlyReplyTo(CITIZEN);
        assertTrue(((String) reply.getContent()).contains("已并入投诉 TS-20261129-00042"));
        assertEquals("<second@citizen.test>", reply.getHeader("In-Reply-To", null));
        assertEquals(1, count("ServiceHall-Processed"));
    }

    @Test
    void a_mail_quoting_someone_elses_tracking_number_files_a_new_complaint_naming_its_sender() throws Exception {
        hall.numbers.put("first@citizen.test", "TS-20261129-00042");
        hall.contacts.put("TS-20261129-00042", "han.meimei@citizen.test");
        MimeMessage m = mail("Re: [TS-20261129-00042] 投诉已受理", "我来补充一下。");
        m.setFrom(new InternetAddress(CITIZEN, "李雷", "UTF-8"));
        deliver(m);

        channel.poll(hall);

        assertTrue(hall.notes.isEmpty(), "nobody adds to another's complaint by quoting its number");
        assertEquals(1, hall.registrations.size());
        Registration filed = hall.registrations.get(0);
        assertEquals(CITIZEN, filed.contactEmail().orElseThrow(), "the sender is shown as the new complaint's contact");
        assertTrue(filed.description().contains("引用了投诉 TS-20261129-00042，但发件人不是该投诉的联系人"), filed.description());
        assertTrue(((String) onlyReplyTo(CITIZEN).getContent()).contains("我们已收到您的投诉"));
    }

    // Raw UTF-8 headers end to end need a real IMAP server: GreenMail stores them as "?"
    // (RealMailServerIT runs them through Dovecot).

    @Test
    void headers_mis_read_as_latin1_are_repaired_and_real_latin1_is_kept() {
        String misread = new String("投诉".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("投诉", Texts.repairUtf8(misread));
        assertEquals("Café Müller", Texts.repairUtf8("Café Müller"));
        assertEquals("投诉", Texts.repairUtf8("投诉"));
    }

    @Test
    void a_recipient_refused_for_good_is_told_from_a_deferral_and_from_a_broken_connection() throws Exception {
        InternetAddress nobody = new InternetAddress("nobody@citizen.test");
        SendFailedException refused = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(nobody, "RCPT TO:<nobody@citizen.test>", 550,
                        "550 5.1.1 <nobody@citizen.test>: Recipient address rejected: User unknown"),
                new Address[0], new Address[0], new Address[] {nobody});
        SmtpRefusal refusal = SmtpRefusal.of(refused).orElseThrow();
        assertTrue(refusal.permanent());
        assertTrue(refusal.reply().startsWith("550 5.1.1 <nobody@citizen.test>"), refusal.reply());
        SendFailedException deferred = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(nobody, "RCPT TO", 450, "450 4.2.0 try later"));
        assertFalse(SmtpRefusal.of(deferred).orElseThrow().permanent());
        assertTrue(SmtpRefusal.of(new MessagingException("connect", new ConnectException("refused"))).isEmpty());
        assertEquals(MailFailure.UNREACHABLE, MailFailure.of(new MessagingException("connect",
                new ConnectException("refused"))));
        assertEquals(MailFailure.AUTHENTICATION, MailFailure.of(new AuthenticationFailedException("no")));
        assertEquals(MailFailure.UNTRUSTED_CERTIFICATE, MailFailure.of(new MessagingException("tls",
                new SSLHandshakeException("PKIX path building failed"))));
    }

    @Test
    void a_wrong_password_and_an_untrusted_certificate_are_logged_each_in_its_own_words() throws Exception {
        List<String> logged = new ArrayList<>();
        Logger log = Logger.getLogger(EmailChannel.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getLevel() + " " + MessageFormat.format(r.getMessage(), r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            hall.settings.put("imap.password", "wrong");
            channel.poll(hall);
            assertEquals(1, logged.size(), logged.toString());
            assertTrue(logged.get(0).startsWith("WARNING email: the mail server at 127.0.0.1:"), logged.get(0));
            assertTrue(logged.get(0).contains("refused the user name or password; check imap.user and imap.password"), logged.get(0));
            assertFalse(logged.get(0).contains("wrong"), "never the password");

            GreenMail imaps = new GreenMail(patient(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.IMAPS})));
            imaps.start();
            try {
                imaps.setUser(HALL, "hall", PASSWORD);
                hall.settings.put("imap.password", PASSWORD);
                hall.settings.put("imap.ssl", "true");
                hall.settings.put("imap.port", Integer.toString(imaps.getImaps().getPort()));
                channel.poll(hall);
                assertEquals(2, logged.size(), logged.toString());
                assertTrue(logged.get(1).contains("presented a certificate that is not trusted"), logged.get(1));
                assertTrue(logged.get(1).contains("tls.truststore"), logged.get(1));

                hall.settings.put("tls.truststore", "/no/such/file.pem");
                channel.poll(hall);
                assertTrue(logged.get(2).contains("the file in tls.truststore is unreadable"), logged.get(2));
            } finally {
                imaps.stop();
            }
        } finally {
            log.removeHandler(capture);
        }
    }

    @Test
    void a_quoted_number_that_is_not_ours_files_a_new_complaint() throws Exception {
        deliver(mail("关于 TS-20250101-00001", "上次的投诉没有回音。"));
        channel.poll(hall);
        assertEquals(1, hall.registrations.size());
        assertTrue(hall.notes.isEmpty());
    }

    @Test
    void mail_without_a_sender_is_kept_unread_in_its_own_folder_not_dropped() throws Exception {
        MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(("To: " + HALL + "\r\nSubject: ?\r\n"
                + "Message-ID: <nosender@x>\r\n\r\nno sender here\r\n").getBytes(StandardCharsets.US_ASCII)));
        deliver(m);

        channel.poll(hall);

        assertTrue(hall.registrations.isEmpty());
        assertEquals(0, count("INBOX"));
        List<Message> kept = messages("ServiceHall-Unprocessed");
        assertEquals(1, kept.size());
        assertFalse(kept.get(0).isSet(Flags.Flag.SEEN), "kept unread for a person to look at");
        assertEquals(0, mail.getReceivedMessagesForDomain("citizen.test").length);
    }

    @Test
    void oversized_mail_and_mail_in_an_unknown_charset_are_kept_aside_and_the_reply_goes_to_reply_to() throws Exception {
        hall.settings.put("max.message.bytes", "2000");
        deliver(mail("大邮件", "长".repeat(3000)));
        deliver(new MimeMessage(session, new ByteArrayInputStream(("From: " + CITIZEN + "\r\nTo: " + HALL
                + "\r\nSubject: charset\r\nMessage-ID: <charset@x>\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\n"
                + "text\r\n").getBytes(StandardCharsets.US_ASCII))));
        MimeMessage withReplyTo = mail("排队", "排队太久");
        withReplyTo.setReplyTo(new InternetAddress[] {new InternetAddress("han.meimei@citizen.test")});
        deliver(withReplyTo);

        channel.poll(hall);

        assertEquals(2, count("ServiceHall-Unprocessed"));
        assertEquals(1, hall.registrations.size());
        assertEquals(CITIZEN, hall.registrations.get(0).contactEmail().orElseThrow(), "the sender is the contact");
        assertEquals("han.meimei@citizen.test", ((InternetAddress) onlyReplyTo("x@citizen.test").getAllRecipients()[0]).getAddress());
    }

    @Test
    void a_registration_the_host_refuses_is_kept_aside_and_automatic_mail_is_never_answered() throws Exception {
        hall.failRegister = new InvalidRegistrationException(Map.of("contactEmail", "invalid"));
        deliver(mail("投诉", "内容"));
        MimeMessage bounce = mail("Undelivered", "bounce");
        bounce.setFrom(new InternetAddress("MAILER-DAEMON@citizen.test"));
        deliver(bounce);

        channel.poll(hall);

        assertEquals(2, count("ServiceHall-Unprocessed"));
        assertEquals(0, count("INBOX"));
        assertEquals(0, mail.getReceivedMessagesForDomain("citizen.test").length);
    }

    @Test
    void when_the_host_fails_the_mail_waits_in_the_inbox_and_is_taken_next_time() throws Exception {
        hall.failRegister = new IllegalStateException("database down");
        deliver(mail("排队", "排队太久"));
        channel.poll(hall);
        assertEquals(1, count("INBOX"));
        assertFalse(messages("INBOX").get(0).isSet(Flags.Flag.SEEN));

        hall.failRegister = null;
        channel.poll(hall);
        assertEquals(1, hall.registrations.size());
        assertEquals(0, count("INBOX"));
    }

    @Test
    void when_smtp_is_down_the_mail_stays_and_the_answer_goes_out_on_a_later_fetch_without_filing_twice() throws Exception {
        String smtpPort = hall.settings.put("smtp.port", "1"); // nothing listens there
        deliver(mail("办理慢", "营业执照变更超过时限。"));
        channel.poll(hall);
        assertEquals(1, hall.registrations.size());
        assertEquals(1, count("INBOX"), "not marked before the answer went out");

        hall.settings.put("smtp.port", smtpPort);
        channel.poll(hall);
        assertEquals(1, hall.registrations.size(), "filed once");
        assertTrue(((String) onlyReplyTo(CITIZEN).getContent()).contains("TS-20261129-00057"));
        assertEquals(0, count("INBOX"));
    }

    @Test
    void an_unreachable_mailbox_is_logged_not_thrown_and_nothing_happens_unconfigured() {
        hall.settings.put("imap.port", "1");
        channel.poll(hall);
        hall.settings.remove("imap.host");
        channel.poll(hall);
        assertTrue(hall.registrations.isEmpty());
    }

    @Test
    void passwords_are_declared_as_secrets_and_every_key_is_valid() {
        List<SettingSpec> specs = channel.settings();
        assertEquals(SettingSpec.Type.SECRET, spec(specs, "imap.password").type());
        assertEquals(SettingSpec.Type.SECRET, spec(specs, "smtp.password").type());
        assertEquals(SettingSpec.Type.FLAG, spec(specs, "imap.ssl").type());
        assertNotNull(spec(specs, "category.map"));
        assertNotNull(spec(specs, "folder.unprocessed"));
        // without a mailbox the host shows the channel as not configured and never polls it
        assertEquals(List.of("imap.host", "imap.user"), specs.stream().filter(SettingSpec::required).map(SettingSpec::key).toList());
        assertFalse(MailSettings.read(hall).toString().contains(PASSWORD));
    }

    private static SettingSpec spec(List<SettingSpec> specs, String key) {
        return specs.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private MimeMessage mail(String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(CITIZEN));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(HALL));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    private static MimeBodyPart attachment(String name, byte[] content, String type) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(MimeUtility.encodeText(name, "UTF-8", "B"));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** The mail's text followed by the given attachments. */
    private MimeMessage withAttachments(MimeMessage m, MimeBodyPart... parts) throws Exception {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText((String) m.getContent(), "UTF-8");
        mixed.addBodyPart(text);
        for (MimeBodyPart part : parts) {
            mixed.addBodyPart(part);
        }
        m.setContent(mixed);
        m.saveChanges();
        return m;
    }

    private void deliver(MimeMessage m) {
        mailbox.deliver(m);
    }

    private MimeMessage onlyReplyTo(String address) {
        MimeMessage[] received = mail.getReceivedMessagesForDomain(address.substring(address.indexOf('@') + 1));
        assertEquals(1, received.length, "one reply");
        return received[0];
    }

    private int count(String folder) throws Exception {
        return messages(folder).size();
    }

    private List<Message> messages(String folderName) throws Exception {
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", mail.getImap().getPort(), "hall", PASSWORD);
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<Message> out = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                if (!m.isSet(Flags.Flag.DELETED)) {
                    m.isSet(Flags.Flag.SEEN); // load the flags while open
                    out.add(m);
                }
            }
            return out;
        } finally {
            store.close();
        }
    }
}
