package it.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.FakeWechat;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The WeChat official account plugin on the real server, as the WeChat platform drives it: the
 * server URL check, signed message pushes (token {@code it-wechat-token}, set in the build), the
 * passive XML replies, and what got filed.
 */
class WechatChannelIT {

    private static final String ENDPOINT = "/api/v1/channels/wechat/";
    private static final String TOKEN = "it-wechat-token";
    private static final String ACCOUNT = "gh_servicehall_it";
    private static final Pattern NUMBER = Pattern.compile("TS-\\d{8}-\\d{5,6}");
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);
    private static FakeWechat wechatApi;

    @BeforeAll
    static void serverAndApiAreUp() throws IOException {
        TestServer.awaitReady();
        wechatApi = FakeWechat.start();
        assertTrue(HotlineChannelIT.waitUntil(() -> verify("ready").status() == 200, Duration.ofSeconds(20)),
                "the WeChat channel did not come up");
    }

    @AfterAll
    static void apiDown() {
        if (wechatApi != null) {
            wechatApi.close();
        }
    }

    @Test
    void the_server_url_is_verified_with_echostr_and_a_wrong_signature_is_refused() {
        Reply ok = verify("6372810934482193");
        assertEquals(200, ok.status(), ok.body());
        assertEquals("6372810934482193", ok.body());
        assertTrue(ok.header("Content-Type").startsWith("text/plain"), ok.header("Content-Type"));

        String timestamp = TestServer.hallEpochSecond();
        Reply wrong = send("GET", query("0".repeat(40), timestamp, "n1") + "&echostr=6372810934482193", null);
        assertEquals(403, wrong.status());
        assertFalse(wrong.body().contains("6372810934482193"));
        assertFalse(wrong.body().contains("Exception"), wrong.body());

        Reply badPost = send("POST", query("0".repeat(40), timestamp, "n2"), text(openid(), "投诉 态度差", nextMsgId()));
        assertEquals(403, badPost.status());
        assertTrue(badPost.body().length() < 100, badPost.body());

        String stale = Long.toString(Long.parseLong(timestamp) - 3600);
        Reply old = send("POST", query(sign(stale, "n3"), stale, "n3"), text(openid(), "投诉 态度差", nextMsgId()));
        assertEquals(403, old.status());
    }

    @Test
    void a_complaint_message_is_filed_once_with_channel_wechat_and_answered_with_its_tracking_number() throws Exception {
        String marker = "wx" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String openid = openid();
        long msgId = nextMsgId();
        String message = text(openid, "投诉：3号窗口工作人员态度恶劣，不一次性告知材料 " + marker, msgId);

        Reply first = push(message);
        assertEquals(200, first.status(), first.body());
        Element reply = xml(first);
        assertEquals(openid, field(reply, "ToUserName"));
        assertEquals(ACCOUNT, field(reply, "FromUserName"));
        assertEquals("text", field(reply, "MsgType"));
        assertTrue(first.body().contains("<Content><![CDATA["), first.body());
        String number = trackingNumber(field(reply, "Content"));
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("查询码：(\\d{6})").matcher(field(reply, "Content"));
        assertTrue(code.find(), "the query code is in the answer: " + field(reply, "Content"));
        assertEquals(200, Api.status(number, code.group(1)).status(), "and opens the complaint's status");

        JsonObject stored = Staff.SUPERVISOR.view(number);
        assertEquals("WECHAT", stored.getString("channel"));
        assertEquals("wechat", stored.getString("externalSource"));
        assertEquals(msgId + ":" + openid, stored.getString("externalReference"), "the MsgId, and whom to tell");
        assertEquals("SERVICE_ATTITUDE", stored.getString("categoryCode"));
        assertTrue(stored.getString("description").contains(marker));

        Reply retry = push(message); // the platform's retry after 5 s without an answer: signed anew
        assertEquals(200, retry.status(), retry.body());
        assertEquals(number, trackingNumber(field(xml(retry), "Content")));
        Reply found = Staff.SUPERVISOR.get("/api/v1/queues/all?channel=WECHAT&q=" + marker);
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.json().getJsonNumber("total").longValue(), "filed twice: " + found.body());
    }

    @Test
    void a_tracking_number_is_answered_with_the_complaint_status() throws Exception {
        String follower = openid();
        String number = trackingNumber(field(xml(push(text(follower, "举报 取号机坏了两天没人修", nextMsgId()))), "Content"));
        String status = field(xml(push(text(follower, "查询 " + number, nextMsgId()))), "Content");
        assertTrue(status.contains(number), status);
        assertTrue(status.contains("当前状态："), status);
        assertTrue(status.contains("设施环境"), "the follower who filed it reads its category: " + status);
        assertTrue(status.contains("受理日期："), status);

        // another follower, who may have guessed a neighbouring number, learns only the stage
        String neighbour = field(xml(push(text(openid(), "查询 " + number, nextMsgId()))), "Content");
        assertTrue(neighbour.contains(number) && neighbour.contains("当前状态："), neighbour);
        assertFalse(neighbour.contains("设施环境"), neighbour);
        assertFalse(neighbour.contains("受理日期") || neighbour.contains("最近更新"), neighbour);
        assertTrue(neighbour.contains("查询码"), "and how the complainant reads more: " + neighbour);
        String unknown = field(xml(push(text(openid(), "TS-19990101-00001", nextMsgId()))), "Content");
        assertTrue(unknown.contains("未查到"), unknown);
    }

    @Test
    void a_keyword_alone_leads_through_category_and_description() throws Exception {
        String openid = openid();
        String marker = "wx" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String list = field(xml(push(text(openid, "投诉", nextMsgId()))), "Content");
        assertTrue(list.contains("请选择投诉类别"), list);
        Matcher policy = Pattern.compile("(\\d+)\\. 政策咨询").matcher(list);
        assertTrue(policy.find(), list);

        long pickId = nextMsgId();
        String describe = field(xml(push(text(openid, policy.group(1), pickId))), "Content");
        assertTrue(describe.contains("政策咨询"), describe);
        assertEquals(describe, field(xml(push(text(openid, policy.group(1), pickId))), "Content"),
                "a retried step gets the same answer");

        String filed = field(xml(push(text(openid, "两个窗口对公积金提取政策的答复不一致 " + marker, nextMsgId()))), "Content");
        JsonObject stored = Staff.SUPERVISOR.view(trackingNumber(filed));
        assertEquals("POLICY_CONSULTATION", stored.getString("categoryCode"));
        assertEquals("WECHAT", stored.getString("channel"));
        assertTrue(stored.getString("description").contains(marker));
    }

    @Test
    void sign_for_is_sent_to_the_follower_as_a_customer_service_message() {
        String openid = openid();
        String number = trackingNumber(field(xml(push(text(openid, "投诉 不动产登记材料被退回三次", nextMsgId()))), "Content"));
        StaffWalk.toSignFor(number);

        assertTrue(HotlineChannelIT.waitUntil(() -> !wechatApi.to(openid).isEmpty(), Duration.ofSeconds(20)),
                "no customer-service message to the follower");
        FakeWechat.Message sent = wechatApi.to(openid).get(0);
        assertTrue(sent.validToken(), "sent with an access token the API issued");
        assertEquals("text", sent.body().getString("msgtype"));
        assertTrue(sent.content().contains(number) && sent.content().contains("签收"), sent.content());
        // The control: another follower's sign-for, stored after the first was accepted. Once it has
        // arrived, the channel job has run again since, and did not send the accepted one again.
        String other = openid();
        StaffWalk.toSignFor(trackingNumber(field(xml(push(text(other, "投诉 窗口叫号混乱", nextMsgId()))), "Content")));
        assertTrue(HotlineChannelIT.waitUntil(() -> !wechatApi.to(other).isEmpty(), Duration.ofSeconds(20)),
                "the control message never arrived");
        assertEquals(1, wechatApi.to(openid).size(), "an accepted message is not sent again");
        assertTrue(wechatApi.tokensIssued() >= 1);
    }

    @Test
    void other_messages_get_help_and_bad_bodies_get_400_never_a_500() {
        String help = field(xml(push(text(openid(), "你好", nextMsgId()))), "Content");
        assertTrue(help.contains("投诉"), help);
        String image = "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid()
                + "]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[image]]></MsgType>"
                + "<PicUrl><![CDATA[http://example.invalid/a.jpg]]></PicUrl><MsgId>" + nextMsgId() + "</MsgId></xml>";
        assertEquals(200, push(image).status());

        for (String bad : new String[] {"<xml><ToUserName>", "not xml at all", "",
                "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><ToUserName>a</ToUserName>"
                        + "<FromUserName>b</FromUserName><MsgType>text</MsgType><Content>&x;</Content><MsgId>1</MsgId></xml>"}) {
            Reply refused = push(bad);
            assertEquals(400, refused.status(), bad + " → " + refused.body());
            assertFalse(refused.body().contains("Exception") || refused.body().contains("root:"), refused.body());
        }
        Reply gbk = pushBytes(text(openid(), "投诉 编码", nextMsgId()).getBytes(java.nio.charset.Charset.forName("GBK")));
        assertEquals(400, gbk.status(), gbk.body());
        Reply large = push(text(openid(), "投诉 " + "长".repeat(8000), nextMsgId()));
        assertEquals(400, large.status(), large.body());
    }

    static String trackingNumber(String content) {
        Matcher m = NUMBER.matcher(content);
        assertTrue(m.find(), "no tracking number in: " + content);
        return m.group();
    }

    static Element xml(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + reply.body(), e);
        }
    }

    @Test
    void a_signed_push_sent_again_with_another_body_is_refused_and_the_platforms_retry_answered_as_before() {
        String timestamp = TestServer.hallEpochSecond();
        String nonce = "replay" + System.nanoTime();
        String query = query(sign(timestamp, nonce), timestamp, nonce);
        String first = text(openid(), "投诉 三号窗口工作人员玩手机", nextMsgId());
        Reply filed = send("POST", query, first);
        assertEquals(200, filed.status(), filed.body());
        String number = trackingNumber(field(xml(filed), "Content"));

        Reply retry = send("POST", query, first);
        assertEquals(number, trackingNumber(field(xml(retry), "Content")), "the platform's retry gets the same answer");

        Reply replay = send("POST", query, text(openid(), "投诉 伪造的第二条投诉", nextMsgId()));
        assertEquals(403, replay.status());
        assertEquals("replayed", replay.body().strip());
    }

    @Test
    void an_encrypted_push_is_decrypted_filed_and_answered_encrypted() throws Exception {
        String timestamp = TestServer.hallEpochSecond();
        String nonce = "aes" + System.nanoTime();
        String encrypted = Crypt.encrypt(text(openid(), "投诉 大厅取号机坏了", nextMsgId()), APP_ID);
        String query = query(sign(timestamp, nonce), timestamp, nonce) + "&encrypt_type=aes&msg_signature="
                + Crypt.sign(TOKEN, timestamp, nonce, encrypted);
        Reply answer = send("POST", query, "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><Encrypt><![CDATA["
                + encrypted + "]]></Encrypt></xml>");
        assertEquals(200, answer.status(), answer.body());
        Element envelope = xml(answer);
        String sealed = field(envelope, "Encrypt");
        assertEquals(Crypt.sign(TOKEN, field(envelope, "TimeStamp"), field(envelope, "Nonce"), sealed), field(envelope, "MsgSignature"));
        String reply = Crypt.decrypt(sealed, APP_ID);
        assertTrue(reply.contains("<MsgType><![CDATA[text]]></MsgType>"), reply);
        String number = trackingNumber(reply);
        assertEquals("WECHAT", Staff.SUPERVISOR.view(number).getString("channel"));

        String foreign = Crypt.encrypt(text(openid(), "投诉 另一个公众号的消息", nextMsgId()), "wx-other-app");
        String nonce2 = "aes" + System.nanoTime();
        Reply refused = send("POST", query(sign(timestamp, nonce2), timestamp, nonce2) + "&encrypt_type=aes&msg_signature="
                + Crypt.sign(TOKEN, timestamp, nonce2, foreign), "<xml><Encrypt><![CDATA[" + foreign + "]]></Encrypt></xml>");
        assertEquals(403, refused.status(), "encrypted for another AppID");
    }

    private static final String APP_ID = "wx-it-app"; // the server's test setting
    private static final String AES_KEY = "itWechatEncodingAesKey0123456789abcdefghijk"; // likewise

    /** The platform's side of WXBizMsgCrypt, written from its guide for this test. */
    private static final class Crypt {
        static String encrypt(String message, String appId) throws Exception {
            byte[] text = message.getBytes(StandardCharsets.UTF_8);
            byte[] id = appId.getBytes(StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
            plain.writeBytes("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
            plain.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(text.length).array());
            plain.writeBytes(text);
            plain.writeBytes(id);
            int pad = 32 - plain.size() % 32;
            for (int i = 0; i < pad; i++) {
                plain.write(pad);
            }
            return java.util.Base64.getEncoder().encodeToString(aes(javax.crypto.Cipher.ENCRYPT_MODE, plain.toByteArray()));
        }

        static String decrypt(String sealed, String appId) throws Exception {
            byte[] plain = aes(javax.crypto.Cipher.DECRYPT_MODE, java.util.Base64.getDecoder().decode(sealed));
            int end = plain.length - plain[plain.length - 1];
            int length = java.nio.ByteBuffer.wrap(plain, 16, 4).getInt();
            assertEquals(appId, new String(plain, 20 + length, end - 20 - length, StandardCharsets.UTF_8));
            return new String(plain, 20, length, StandardCharsets.UTF_8);
        }

        static String sign(String... parts) throws Exception {
            String[] sorted = parts.clone();
            Arrays.sort(sorted);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        }

        private static byte[] aes(int mode, byte[] input) throws Exception {
            byte[] key = java.util.Base64.getDecoder().decode(AES_KEY + "=");
            javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, new javax.crypto.spec.SecretKeySpec(key, "AES"),
                    new javax.crypto.spec.IvParameterSpec(java.util.Arrays.copyOf(key, 16)));
            return cipher.doFinal(input);
        }
    }

    static String field(Element root, String name) {
        return root.getElementsByTagName(name).item(0).getTextContent();
    }

    static String text(String openid, String content, long msgId) {
        return "<xml><ToUserName><![CDATA[" + ACCOUNT + "]]></ToUserName><FromUserName><![CDATA[" + openid
                + "]]></FromUserName><CreateTime>" + TestServer.hallEpochSecond() + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    static String openid() {
        return "oIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 25);
    }

    static long nextMsgId() {
        return MSG_IDS.incrementAndGet();
    }

    static Reply verify(String echostr) {
        String timestamp = TestServer.hallEpochSecond();
        String nonce = "v" + System.nanoTime();
        return send("GET", query(sign(timestamp, nonce), timestamp, nonce) + "&echostr=" + echostr, null);
    }

    /**
     * Pushes a message as the platform does, which sends a push again when it got no answer in
     * time (three times in all): here, when the server answered 503 because the plugin's call ran
     * out of its time limit, as a first registration on a cold, busy server can.
     */
    static Reply push(String body) {
        Reply reply = pushBytes(body.getBytes(StandardCharsets.UTF_8));
        for (int again = 0; again < 2 && reply.status() == 503; again++) {
            reply = pushBytes(body.getBytes(StandardCharsets.UTF_8));
        }
        return reply;
    }

    private static Reply pushBytes(byte[] body) {
        String timestamp = TestServer.hallEpochSecond();
        String nonce = Long.toString(System.nanoTime());
        return send("POST", query(sign(timestamp, nonce), timestamp, nonce), body);
    }

    private static String query(String signature, String timestamp, String nonce) {
        return "?signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8);
    }

    /** The platform's signature: SHA-1 hex of token, timestamp and nonce sorted and joined. */
    private static String sign(String timestamp, String nonce) {
        String[] parts = {TOKEN, timestamp, nonce};
        Arrays.sort(parts);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reply send(String method, String pathAndQuery, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.uri(ENDPOINT + pathAndQuery));
        if (body instanceof String s) {
            body = s.getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof byte[] bytes) {
            request.header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        } else {
            request.GET();
        }
        return Api.send(request);
    }
}
