package it.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Staff;
import it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.Registered;
import org.servicehall.plugin.api.channel.Registration;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * The email channel against real mail servers: a Postfix and a Dovecot of this test's own
 * ({@code src/test/mail/realmail.sh}: configuration, spool and mailboxes in {@code target/realmail},
 * on 127.0.0.1 and the ports the build reserved, stopped afterwards). The test server polls Dovecot
 * over IMAP and answers through Postfix, which refuses unknown recipients with {@code 550 5.1.1}.
 * The TLS checks run the channel's own bundle in this JVM against Dovecot's IMAPS, whose certificate
 * is made for this run. Needs root (Postfix's master) and Debian's {@code postfix} and
 * {@code dovecot-imapd}, which {@code .ci/run} installs.
 */
class RealMailServerIT {

    private static final Pattern NUMBER = Pattern.compile("TS-\\d{8}-\\d{5,6}");
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Path DIR = Path.of(System.getProperty("servicehall.it.realmail.dir", "target/realmail"));
    private static final Session SESSION = Session.getInstance(new Properties());

    @BeforeAll
    static void mailServersUp() throws Exception {
        TestServer.awaitReady();
        run("start", DIR.toString(), Integer.toString(port("servicehall.it.imap.port")),
                Integer.toString(port("servicehall.it.imaps.port")), Integer.toString(port("servicehall.it.smtp.port")));
        awaitTrue(() -> canLogIn("hall", "it-mail-secret"), "Dovecot answers");
    }

    @AfterAll
    static void mailServersDown() throws Exception {
        run("stop", DIR.toString());
    }

    @Test
    void a_refused_reply_is_recorded_on_its_complaint_while_the_other_replies_go_out_and_raw_utf8_headers_are_read()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // Three mails in one fetch; the one in the middle is from an address Postfix refuses (550 5.1.1).
        append("hall", "it-mail-secret", raw("li.lei@citizen.test", "李雷", "排队叫号系统故障 " + run, "叫号屏一直不动，等了两个小时。"));
        append("hall", "it-mail-secret", raw("nobody@citizen.test", "无名", "窗口态度 " + run, "工作人员态度很差。"));
        append("hall", "it-mail-secret", raw("han.meimei@citizen.test", "韩梅梅", "材料问题 " + run, "材料被退回三次。"));

        String liLei = awaitReply("li.lei", run);
        String hanMeimei = awaitReply("han.meimei", run);
        awaitTrue(() -> unread("hall", "it-mail-secret", "INBOX") == 0, "every mail taken, the refused one included");

        JsonObject utf8 = Staff.SUPERVISOR.view(number(liLei));
        assertTrue(utf8.getString("description").startsWith("主题 / Subject: 排队叫号系统故障 " + run), utf8.getString("description"));
        assertFalse(utf8.getString("description").contains("æ"), "raw UTF-8 read as UTF-8, not Latin-1");
        assertTrue(Staff.SUPERVISOR.view(number(hanMeimei)).getString("description").contains("材料被退回三次"));

        String refused = awaitNumberFor(run, "窗口态度 " + run);
        List<JsonObject> history = Staff.SUPERVISOR.view(refused).getJsonArray("history").getValuesAs(JsonObject.class);
        assertTrue(history.stream().anyMatch(h -> h.getString("action").equals("CONTACT_FAILED")
                        && h.getString("summary", "").contains("550 5.1.1 <nobody@citizen.test>")),
                "the refusal is on the complaint: " + history);
        assertTrue(count("hall", "it-mail-secret", "ServiceHall-Processed") >= 3, "the refused one moved like the others");
    }

    @Test
    void only_the_complaints_own_contact_adds_a_note_by_quoting_its_number() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        append("hall", "it-mail-secret", raw("li.lei@citizen.test", "李雷", "大厅空调坏了 " + run, "大厅空调不制冷。"));
        String number = number(awaitReply("li.lei", "大厅空调坏了 " + run));

        append("hall", "it-mail-secret", raw("han.meimei@citizen.test", "韩梅梅", "Re: [" + number + "] 补充 " + run, "我替他补充：三楼也不制冷。"));
        String other = awaitReply("han.meimei", "补充 " + run);
        assertTrue(other.contains("我们已收到您的投诉"), "another sender's mail is a complaint of its own: " + other);
        String otherNumber = number(other);
        assertFalse(otherNumber.equals(number));
        assertTrue(Staff.SUPERVISOR.view(otherNumber).getString("description").contains("引用了投诉 " + number));

        append("hall", "it-mail-secret", raw("li.lei@citizen.test", "李雷", "Re: [" + number + "] 补充 " + run, "二楼也一样。"));
        assertTrue(awaitReply("li.lei", "Re: [" + number + "] 补充 " + run).contains("已并入投诉 " + number));
        List<JsonObject> notes = Staff.SUPERVISOR.view(number).getJsonArray("notes").getValuesAs(JsonObject.class);
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).getString("text").contains("发件人 / from 李雷 <li.lei@citizen.test>"), notes.get(0).toString());
        assertTrue(notes.get(0).getString("text").contains("二楼也一样"));
    }

    @Test
    void imaps_with_a_private_certificate_is_trusted_through_tls_truststore_and_each_failure_is_logged_in_its_own_words()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        append("li.lei", "citizen-secret", raw("han.meimei@citizen.test", "韩梅梅", "证书 " + run, "证书测试。"));
        Map<String, String> settings = new HashMap<>(Map.of("imap.host", "127.0.0.1",
                "imap.port", Integer.toString(port("servicehall.it.imaps.port")), "imap.ssl", "true", "imap.user", "li.lei",
                "imap.password", "wrong-password", "folder.processed", "", "poll.budget.millis", "5000"));
        List<Registration> filed = new ArrayList<>();
        List<String> logged = new ArrayList<>();
        try (URLClassLoader bundle = new URLClassLoader(new URL[] {emailBundle().toUri().toURL()}, ChannelAdapter.class.getClassLoader())) {
            ChannelAdapter channel = (ChannelAdapter) bundle.loadClass("org.servicehall.plugins.channel.email.EmailChannel")
                    .getConstructor().newInstance();
            Logger log = Logger.getLogger("org.servicehall.plugins.channel.email.EmailChannel");
            Handler capture = new Handler() {
                @Override
                public void publish(LogRecord r) {
                    logged.add(r.getLevel() + " " + java.text.MessageFormat.format(r.getMessage(), r.getParameters()));
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
                ChannelContext hall = context(settings, filed);
                channel.poll(hall); // the certificate comes first: not trusted by Java's CAs
                assertEquals(1, logged.size(), logged.toString());
                assertTrue(logged.get(0).startsWith("WARNING") && logged.get(0).contains("presented a certificate that is not trusted")
                        && logged.get(0).contains("tls.truststore"), logged.get(0));

                settings.put("tls.truststore", DIR.resolve("tls/cert.pem").toString());
                channel.poll(hall); // trusted now; the password is wrong
                assertEquals(2, logged.size(), logged.toString());
                assertTrue(logged.get(1).contains("refused the user name or password; check imap.user and imap.password"), logged.get(1));
                assertFalse(String.join("\n", logged).contains("wrong-password"), "never the password");

                settings.put("imap.password", "citizen-secret");
                channel.poll(hall);
                assertEquals(1, filed.size(), "read over IMAPS with the private certificate");
                assertTrue(filed.get(0).description().contains("证书 " + run), filed.get(0).description());
                assertEquals("韩梅梅", filed.get(0).contactName().orElseThrow(), "the raw UTF-8 display name");
                assertTrue(logged.get(2).startsWith("INFO") && logged.get(2).contains("can be read again"), logged.toString());
            } finally {
                log.removeHandler(capture);
            }
        }
    }

    /** A context for the bundle run in this JVM: files into a list, settings from a map. */
    private static ChannelContext context(Map<String, String> settings, List<Registration> filed) {
        return (ChannelContext) Proxy.newProxyInstance(ChannelContext.class.getClassLoader(), new Class<?>[] {ChannelContext.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "channelId" -> "email";
                    case "now" -> Instant.now();
                    case "zone" -> ZoneId.of("Asia/Shanghai");
                    case "setting" -> Optional.ofNullable(settings.get((String) args[0]));
                    case "categories" -> List.of(new ChannelCategory("BUSINESS_HANDLING", LocalizedText.of("业务办理", "Business")));
                    case "register" -> {
                        filed.add((Registration) args[0]);
                        yield new Registered("TS-20261206-" + String.format("%05d", filed.size()), false);
                    }
                    case "fromComplainant", "addNote", "addEvidence", "recordUndeliverable" -> false;
                    case "status", "filedDescription" -> Optional.empty();
                    case "cases" -> List.of();
                    case "toString" -> "RealMailServerIT context";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Path emailBundle() throws IOException {
        for (String property : List.of("servicehall.plugins.dir", "servicehall.test.bundles")) {
            Path dir = Path.of(System.getProperty(property, "target/plugins"));
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    Optional<Path> jar = files.filter(f -> f.getFileName().toString().contains("channel.email")
                            || f.getFileName().toString().contains("channel-email")).filter(f -> f.toString().endsWith(".jar")).findFirst();
                    if (jar.isPresent()) {
                        return jar.get();
                    }
                }
            }
        }
        throw new IllegalStateException("the email channel's bundle is not in the plugin folder");
    }

    private static byte[] raw(String from, String name, String subject, String text) {
        // Raw UTF-8 in the headers, as RFC 6532 mail arrives (no encoded words).
        return ("From: \"" + name + "\" <" + from + ">\r\nTo: hall@hall.test\r\nSubject: " + subject + "\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@citizen.test>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void append(String user, String password, byte[] mail) throws Exception {
        try (Store store = store(user, password)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.appendMessages(new Message[] {new jakarta.mail.internet.MimeMessage(Session.getInstance(utf8()),
                    new java.io.ByteArrayInputStream(mail))});
        }
    }

    private static Properties utf8() {
        Properties p = new Properties();
        p.setProperty("mail.mime.allowutf8", "true");
        return p;
    }

    /** The text of the reply in the citizen's Dovecot mailbox (delivered there by Postfix) whose subject has this. */
    private static String awaitReply(String user, String subjectPart) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            try (Store store = store(user, "citizen-secret")) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                for (Message m : inbox.getMessages()) {
                    if (m.getSubject() != null && m.getSubject().contains(subjectPart) && m.getSubject().contains("TS-")) {
                        return (String) m.getContent();
                    }
                }
            }
            assertTrue(System.nanoTime() < deadline, "no reply to " + user + " about " + subjectPart);
            Thread.sleep(250);
        }
    }

    /** The tracking number of the complaint whose description has this, through the staff search. */
    private static String awaitNumberFor(String word, String subject) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            String body = Staff.SUPERVISOR.get("/api/v1/queues/all?channel=EMAIL&limit=100&q=" + word).body();
            Matcher m = NUMBER.matcher(body);
            while (m.find()) {
                if (Staff.SUPERVISOR.view(m.group()).getString("description").contains(subject)) {
                    return m.group();
                }
            }
            assertTrue(System.nanoTime() < deadline, "no complaint with " + subject);
            Thread.sleep(250);
        }
    }

    private static Store store(String user, String password) throws Exception {
        Store store = SESSION.getStore("imap");
        store.connect("127.0.0.1", port("servicehall.it.imap.port"), user, password);
        return store;
    }

    private static boolean canLogIn(String user, String password) {
        try (Store ignored = store(user, password)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static int unread(String user, String password, String folder) throws Exception {
        try (Store store = store(user, password)) {
            Folder f = store.getFolder(folder);
            f.open(Folder.READ_ONLY);
            int n = 0;
            for (Message m : f.getMessages()) {
                n += m.isSet(Flags.Flag.SEEN) ? 0 : 1;
            }
            return n;
        }
    }

    private static int count(String user, String password, String folder) throws Exception {
        try (Store store = store(user, password)) {
            Folder f = store.getFolder(folder);
            return f.exists() ? f.getMessageCount() : 0;
        }
    }

    private static String number(String text) {
        Matcher m = NUMBER.matcher(text);
        assertTrue(m.find(), "no tracking number in: " + text);
        return m.group();
    }

    private static void run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", System.getProperty("servicehall.it.realmail.script", "src/test/mail/realmail.sh")));
        command.addAll(List.of(args));
        // Output to a file, not a pipe: the daemons it starts must not hold this test's pipe open.
        Path log = Files.createDirectories(DIR.getParent()).resolve("realmail-" + args[0] + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "realmail.sh " + args[0] + " ends");
        assertEquals(0, p.exitValue(), "realmail.sh " + String.join(" ", args) + ":\n" + Files.readString(log));
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!check.holds()) {
            assertTrue(System.nanoTime() < deadline, "timed out: " + what);
            Thread.sleep(250);
        }
    }

    private static int port(String property) {
        return Integer.parseInt(System.getProperty(property));
    }
}
