package it.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.support.Api;
import it.support.Api.Reply;
import it.support.SamplePdf;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The email plugin on the real server, against a GreenMail mailbox in this test on the ports the
 * build reserved (the server polls it every second): a mail becomes a complaint with channel EMAIL
 * and is answered with its tracking number, a mail quoting the number becomes a note on that case,
 * a mail without a sender is kept in its own folder, and the same mail again files nothing new.
 */
class EmailChannelIT {

    private static final String HALL = "tousu@hall.test";
    private static final String LOGIN = "hall";
    private static final String PASSWORD = "it-mail-secret"; // the server's test setting in server/pom.xml
    private static final Pattern NUMBER = Pattern.compile("TS-\\d{8}-\\d{5,6}");
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private static GreenMail mail;
    private static GreenMailUser mailbox;
    private static final Session SESSION = Session.getInstance(new Properties());

    @BeforeAll
    static void serverAndMailboxAreUp() {
        TestServer.awaitReady();
        mail = startMailServer();
        mailbox = mail.setUser(HALL, LOGIN, PASSWORD);
    }

    /** GreenMail on the ports the build reserved, with the hall's mailbox the server polls. */
    static GreenMail startMailServer() {
        ServerSetup[] setups = {
                new ServerSetup(port("servicehall.it.imap.port"), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(port("servicehall.it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)};
        for (ServerSetup setup : setups) {
            setup.setServerStartupTimeout(60_000); // 2 s by default, too short on a busy build machine
        }
        GreenMail server = new GreenMail(setups);
        server.start();
        server.setUser(HALL, LOGIN, PASSWORD);
        return server;
    }

    /** Delivers a citizen's mail to the hall's mailbox and returns the tracking number of the answer. */
    static String mailAndAwaitNumber(GreenMail server, String subject, String text) throws Exception {
        String citizen = citizen();
        server.setUser(HALL, LOGIN, PASSWORD).deliver(mail(citizen, subject, text));
        return number((String) await(() -> replies(server, citizen), 1, "the answer to " + subject).get(0).getContent());
    }

    @AfterAll
    static void mailboxDown() {
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void a_mail_is_filed_with_channel_email_answered_with_its_number_and_a_follow_up_becomes_a_note() throws Exception {
        String citizen = citizen();
        String messageId = "<" + UUID.randomUUID() + "@citizen.test>";
        MimeMessage first = mail(citizen, "窗口工作人员态度恶劣", "今天上午在3号窗口办理社保转移，工作人员态度恶劣，拒绝解释材料要求。");
        first.setHeader("Message-ID", messageId);
        mailbox.deliver(first);

        MimeMessage reply = await(() -> replies(citizen), 1, "the answer to the first mail").get(0);
        String text = (String) reply.getContent();
        String number = number(text);
        assertTrue(text.indexOf("受理编号") < text.indexOf("tracking number"), "zh-CN first, then English: " + text);
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("查询码为 (\\d{6})").matcher(text);
        assertTrue(code.find(), "the query code is in the answer: " + text);
        assertEquals(200, Api.status(number, code.group(1)).status(), "and opens the complaint's status");
        assertEquals(messageId, reply.getHeader("In-Reply-To", null));
        assertTrue(reply.getSubject().contains(number), reply.getSubject());
        assertEquals(HALL, ((InternetAddress) reply.getFrom()[0]).getAddress());

        JsonObject stored = Staff.SUPERVISOR.view(number);
        assertEquals("EMAIL", stored.getString("channel"));
        assertEquals("email", stored.getString("externalSource"));
        assertEquals(messageId.substring(1, messageId.length() - 1), stored.getString("externalReference"));
        assertEquals("SERVICE_ATTITUDE", stored.getString("categoryCode"));
        assertTrue(stored.getString("description").contains("拒绝解释材料要求"), stored.getString("description"));
        assertTrue(stored.getString("description").contains("窗口工作人员态度恶劣"));
        assertFalse(stored.getJsonObject("complainant").getBoolean("anonymous"), "the sender is the contact");

        MimeMessage followUp = mail(citizen, reply.getSubject().replaceFirst("^", "Re: "), "补充：当时是上午10点左右，窗口号3。");
        followUp.setHeader("In-Reply-To", reply.getMessageID());
        mailbox.deliver(followUp);

        List<MimeMessage> both = await(() -> replies(citizen), 2, "the confirmation of the follow-up");
        assertTrue(((String) both.get(1).getContent()).contains("已并入投诉 " + number), (String) both.get(1).getContent());
        JsonObject withNote = Staff.SUPERVISOR.view(number);
        assertTrue(withNote.getJsonArray("notes").getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("text").contains("当时是上午10点左右")), withNote.getJsonArray("notes").toString());
        assertEquals(number, number((String) both.get(1).getContent()), "no second complaint for the follow-up");

        // The same mail again (a fetch that filed it but crashed before marking it): the same complaint.
        MimeMessage again = mail(citizen, "窗口工作人员态度恶劣", "今天上午在3号窗口办理社保转移，工作人员态度恶劣，拒绝解释材料要求。");
        again.setHeader("Message-ID", messageId);
        mailbox.deliver(again);
        List<MimeMessage> three = await(() -> replies(citizen), 3, "the answer to the repeated mail");
        assertEquals(number, number((String) three.get(2).getContent()), "filed once: the repeated mail finds the same complaint");
        awaitTrue(() -> unread("INBOX") == 0, "the inbox is emptied");
        assertTrue(count("ServiceHall-Processed") >= 3);
    }

    @Test
    void an_attached_pdf_is_kept_as_evidence_with_its_hash_and_a_file_of_another_type_is_named_in_the_answer() throws Exception {
        String citizen = citizen();
        byte[] pdf = SamplePdf.of("application " + UUID.randomUUID());
        MimeMessage m = mail(citizen, "材料被退回三次", "不动产登记材料被退回三次，附申请表。");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("不动产登记材料被退回三次，附申请表。", "UTF-8");
        mixed.addBodyPart(text);
        mixed.addBodyPart(attachment("申请表.pdf", pdf, "application/pdf"));
        mixed.addBodyPart(attachment("说明.txt", "窗口说法".getBytes(StandardCharsets.UTF_8), "text/plain"));
        m.setContent(mixed);
        m.saveChanges();
        mailbox.deliver(m);

        String answer = (String) await(() -> replies(citizen), 1, "the answer to the mail with files").get(0).getContent();
        assertTrue(answer.contains("以下附件已作为证据保存：申请表.pdf。"), answer);
        assertTrue(answer.contains("说明.txt"), answer);
        String number = number(answer);

        JsonObject stored = Staff.SUPERVISOR.view(number);
        List<JsonObject> evidence = stored.getJsonArray("evidence").getValuesAs(JsonObject.class);
        assertEquals(1, evidence.size(), evidence.toString());
        assertEquals("申请表.pdf", evidence.get(0).getString("fileName"));
        assertEquals("application/pdf", evidence.get(0).getString("contentType"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), evidence.get(0).getString("sha256"));
        Reply file = Staff.SUPERVISOR.get("/api/v1/cases/" + number + "/evidence/" + evidence.get(0).getJsonNumber("id").longValue());
        assertEquals(200, file.status());
        assertTrue(file.body().startsWith("%PDF-1.4"), "the stored file is the one attached");
    }

    @Test
    void a_mail_without_a_sender_is_kept_unread_in_its_own_folder_and_nothing_is_filed() throws Exception {
        String marker = UUID.randomUUID().toString();
        MimeMessage broken = new MimeMessage(SESSION, new ByteArrayInputStream(("To: " + HALL + "\r\nSubject: " + marker
                + "\r\nMessage-ID: <" + marker + "@nowhere>\r\n\r\nno sender\r\n").getBytes(StandardCharsets.US_ASCII)));
        mailbox.deliver(broken);

        awaitTrue(() -> subjects("ServiceHall-Unprocessed").contains(marker), "the mail is kept in ServiceHall-Unprocessed");
        Message kept = find("ServiceHall-Unprocessed", marker);
        assertFalse(kept.isSet(Flags.Flag.SEEN), "kept unread for a person to look at");
        assertFalse(subjects("INBOX").contains(marker));
    }

    private static MimeBodyPart attachment(String name, byte[] content, String type) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(content, type)));
        part.setFileName(MimeUtility.encodeText(name, "UTF-8", "B"));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static String citizen() {
        return "c" + UUID.randomUUID().toString().substring(0, 8) + "@citizen.test";
    }

    private static MimeMessage mail(String from, String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress(from, "王女士", "UTF-8"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(HALL));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    private static List<MimeMessage> replies(String citizen) {
        return replies(mail, citizen);
    }

    private static List<MimeMessage> replies(GreenMail server, String citizen) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(citizen));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException("a received message cannot be read", e);
            }
        }).toList();
    }

    private static String number(String text) {
        Matcher m = NUMBER.matcher(text);
        assertTrue(m.find(), "no tracking number in: " + text);
        return m.group();
    }

    private static <T> List<T> await(Supplier<List<T>> items, int count, String what) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        List<T> found = items.get();
        while (found.size() < count && System.nanoTime() < deadline) {
            sleep();
            found = items.get();
        }
        assertEquals(count, found.size(), what);
        return found;
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!check.holds()) {
            assertTrue(System.nanoTime() < deadline, "timed out: " + what);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int count(String folder) throws Exception {
        return inFolder(folder, messages -> messages.length);
    }

    private static int unread(String folder) throws Exception {
        return inFolder(folder, messages -> (int) Arrays.stream(messages).filter(m -> !isSet(m, Flags.Flag.SEEN, true)).count());
    }

    private static List<String> subjects(String folder) throws Exception {
        return inFolder(folder, messages -> Arrays.stream(messages).map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessageRemovedException e) {
                return null; // taken out of the folder by the server's connection meanwhile
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException("a message in " + folder + " cannot be read", e);
            }
        }).filter(java.util.Objects::nonNull).toList());
    }

    private static Message find(String folder, String subject) throws Exception {
        return inFolder(folder, messages -> {
            for (Message m : messages) {
                try {
                    if (subject.equals(m.getSubject())) {
                        m.getFlags(); // loaded while the folder is open
                        return m;
                    }
                } catch (jakarta.mail.MessageRemovedException e) {
                    // taken out of the folder by the server's connection meanwhile: not the one
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException("a message in " + folder + " cannot be read", e);
                }
            }
            throw new AssertionError("not in " + folder + ": " + subject);
        });
    }

    /**
     * Whether a message has a flag; {@code ifRemoved} for one the server's connection took out of the
     * folder while this one looked (moved when processed). Any other error fails the test.
     */
    private static boolean isSet(Message m, Flags.Flag flag, boolean ifRemoved) {
        try {
            return m.isSet(flag);
        } catch (jakarta.mail.MessageRemovedException e) {
            return ifRemoved;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("the flags of a message cannot be read", e);
        }
    }

    private static <T> T inFolder(String name, java.util.function.Function<Message[], T> read) throws Exception {
        Store store = SESSION.getStore("imap");
        store.connect("127.0.0.1", mail.getImap().getPort(), LOGIN, PASSWORD);
        try {
            Folder folder = store.getFolder(name);
            if (!folder.exists()) {
                return read.apply(new Message[0]);
            }
            folder.open(Folder.READ_ONLY);
            try {
                Message[] live = Arrays.stream(folder.getMessages()).filter(m -> !isSet(m, Flags.Flag.DELETED, true)).toArray(Message[]::new);
                return read.apply(live);
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static int port(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: run the tests with `mvn verify`");
        }
        return Integer.parseInt(value.strip());
    }
}
