package org.servicehall.plugins.channel.wechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.channel.ChannelRequest;
import org.servicehall.plugin.api.channel.ChannelResponse;
import org.servicehall.plugin.api.common.SettingSpec;

class WechatChannelTest {

    private final FakeHall hall = new FakeHall();
    private final WechatChannel channel = new WechatChannel();
    private long msgId = 7_000_000_000_000_000L;

    @Test
    void the_server_url_is_verified_by_answering_echostr() {
        ChannelResponse ok = channel.handle(get(signedQuery(hall.now, "n1"), "5912345678901234567"), hall);
        assertEquals(200, ok.status());
        assertTrue(ok.contentType().startsWith("text/plain"));
        assertEquals("5912345678901234567", text(ok));

        Map<String, List<String>> wrong = signedQuery(hall.now, "n1");
        wrong.put("signature", List.of("0".repeat(40)));
        ChannelResponse refused = channel.handle(get(wrong, "5912345678901234567"), hall);
        assertEquals(403, refused.status());
        assertFalse(text(refused).contains("5912345678901234567"));
    }

    @Test
    void bad_missing_or_stale_signatures_are_refused_with_403() {
        Map<String, List<String>> wrong = signedQuery(hall.now, "n2");
        wrong.put("nonce", List.of("n3"));
        assertEquals(403, channel.handle(post(wrong, text("oA", "投诉 态度差")), hall).status());
        assertEquals(403, channel.handle(post(new HashMap<>(), text("oA", "投诉 态度差")), hall).status());
        ChannelResponse stale = channel.handle(post(signedQuery(hall.now.minusSeconds(301), "n4"), text("oA", "投诉 态度差")), hall);
        assertEquals(403, stale.status());
        assertEquals("stale timestamp", text(stale));
        hall.settings.put("timestamp.tolerance.seconds", "600");
        assertEquals(200, channel.handle(post(signedQuery(hall.now.minusSeconds(301), "n5"), text("oA", "你好")), hall).status());
        assertTrue(hall.registrations.isEmpty());
    }

    @Test
    void a_captured_signed_url_with_another_body_is_refused_but_the_platforms_retry_is_answered_as_before() {
        Map<String, List<String>> signed = signedQuery(hall.now, "replay-1");
        String first = text("oA", "投诉 三号窗口态度差");
        ChannelResponse filed = channel.handle(post(signed, first), hall);
        assertEquals(200, filed.status());
        assertEquals(1, hall.registrations.size());

        ChannelResponse retry = channel.handle(post(signed, first), hall);
        assertEquals(text(filed), text(retry), "the platform's retry of the same push gets the same answer");

        ChannelResponse replay = channel.handle(post(signed, text("oB", "投诉 伪造的投诉")), hall);
        assertEquals(403, replay.status());
        assertEquals("replayed", text(replay));
        assertEquals(1, hall.registrations.size(), "nothing filed from the replay");
    }

    @Test
    void the_pushes_remembered_for_replays_are_bounded_and_forgotten_after_the_window() {
        SeenPushes seen = new SeenPushes();
        Duration window = Duration.ofMinutes(5);
        for (int i = 0; i < SeenPushes.MAX + 10; i++) {
            assertTrue(seen.admit("1", "n" + i, new byte[] {1}, hall.now, window));
        }
        assertEquals(SeenPushes.MAX, seen.size());
        assertFalse(seen.admit("1", "n" + (SeenPushes.MAX + 9), new byte[] {2}, hall.now, window));
        assertTrue(seen.admit("2", "later", new byte[] {1}, hall.now.plus(window.multipliedBy(3)), window));
        assertEquals(1, seen.size(), "pushes older than the window are forgotten");
    }

    @Test
    void in_safe_mode_the_push_is_decrypted_checked_against_its_msg_signature_and_appid_and_the_reply_encrypted()
            throws Exception {
        String aesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
        hall.settings.put("message.mode", "safe");
        hall.settings.put("encoding.aes.key", aesKey);
        hall.settings.put("appId", "wx-unit-app");
        WechatCrypt platform = new WechatCrypt(aesKey, "wx-unit-app");

        assertEquals(403, channel.handle(post(signedQuery(hall.now, "s0"), text("oA", "投诉 明文")), hall).status(),
                "safe mode takes no plaintext");

        ChannelResponse answer = channel.handle(encryptedPost(platform, "s1", text("oA", "投诉 排队太久没人管")), hall);
        assertEquals(200, answer.status(), text(answer));
        assertEquals(1, hall.registrations.size());
        Map<String, String> envelope = WechatXml.fields(answer.body());
        String timestamp = envelope.get("TimeStamp");
        assertEquals(WechatCrypt.signature("it-token", timestamp, envelope.get("Nonce"), envelope.get("Encrypt")),
                envelope.get("MsgSignature"));
        String reply = WechatXml.parse(platform.decrypt(envelope.get("Encrypt")).getBytes(StandardCharsets.UTF_8)).content();
        assertTrue(reply.contains("TS-") || reply.contains("T-"), reply);

        Map<String, List<String>> tampered = new HashMap<>(encryptedPost(platform, "s2", text("oA", "投诉 x")).query());
        ChannelRequest other = encryptedPost(platform, "s2", text("oA", "投诉 另一条"));
        assertEquals(403, channel.handle(new ChannelRequest("POST", "", tampered, Map.of(), other.body(), ""), hall).status(),
                "msg_signature covers the encrypted message");
        WechatCrypt otherAccount = new WechatCrypt(aesKey, "wx-other-app");
        ChannelResponse foreign = channel.handle(encryptedPost(otherAccount, "s3", text("oA", "投诉 y")), hall);
        assertEquals(403, foreign.status());
        assertEquals("encrypted for another AppID", text(foreign));
        assertEquals(1, hall.registrations.size());
    }

    private ChannelRequest encryptedPost(WechatCrypt platform, String nonce, String message) {
        String encrypted = platform.encrypt(message);
        Map<String, List<String>> query = signedQuery(hall.now, nonce);
        String timestamp = query.get("timestamp").get(0);
        query.put("encrypt_type", List.of("aes"));
        query.put("msg_signature", List.of(WechatCrypt.signature("it-token", timestamp, nonce, encrypted)));
        return new ChannelRequest("POST", "", query, Map.of(), ("<xml><ToUserName><![CDATA[gh_hall]]></ToUserName><Encrypt><![CDATA["
                + encrypted + "]]></Encrypt></xml>").getBytes(StandardCharsets.UTF_8), "10.0.0.1");
    }

    @Test
    void bad_xml_oversized_bodies_and_other_paths_or_methods_are_refused_cleanly() {
        assertEquals(400, channel.handle(post(signedQuery(hall.now, "n"), "<xml><ToUserName>"), hall).status());
        hall.settings.put("max.body.bytes", "100");
        ChannelResponse large = channel.handle(post(signedQuery(hall.now, "n"), text("oA", "投诉 " + "长".repeat(100))), hall);
        assertEquals(400, large.status());
        assertEquals("body too large", text(large));
        assertEquals(404, channel.handle(new ChannelRequest("POST", "other", signedQuery(hall.now, "n"), Map.of(),
                new byte[0], ""), hall).status());
        assertEquals(405, channel.handle(new ChannelRequest("PUT", "", signedQuery(hall.now, "n"), Map.of(),
                new byte[0], ""), hall).status());
        hall.settings.remove("token");
        assertEquals(503, channel.handle(post(signedQuery(hall.now, "n"), text("oA", "x")), hall).status());
    }

    @Test
    void a_keyword_with_text_files_once_under_the_mapped_category_and_a_retry_gets_the_same_reply() throws Exception {
        String message = text("oCitizen", "投诉：3号窗口工作人员态度恶劣，电话13800138000", 42L);
        ChannelResponse first = channel.handle(post(signedQuery(hall.now, "a"), message), hall);
        assertEquals(200, first.status());
        WechatXml.Message reply = WechatXml.parse(first.body());
        assertEquals("oCitizen", reply.toUser());
        assertEquals("gh_hall", reply.fromUser());
        assertEquals("text", reply.type());
        assertTrue(reply.content().contains("TS-20260302-00001"), reply.content());

        assertEquals(1, hall.registrations.size());
        assertEquals("42:oCitizen", hall.registrations.get(0).externalId());
        assertEquals("SERVICE_ATTITUDE", hall.registrations.get(0).categoryCode());
        assertEquals("3号窗口工作人员态度恶劣，电话13800138000", hall.registrations.get(0).description());
        assertEquals("13800138000", hall.registrations.get(0).contactPhone().orElseThrow());

        ChannelResponse retry = channel.handle(post(signedQuery(hall.now.plusSeconds(5), "b"), message), hall);
        assertEquals(reply.content(), WechatXml.parse(retry.body()).content());
        assertEquals(1, hall.registrations.size());

        // a fresh adapter (a restart): the host's idempotency gives the same number
        ChannelResponse afterRestart = new WechatChannel().handle(post(signedQuery(hall.now, "c"), message), hall);
        assertEquals(reply.content(), WechatXml.parse(afterRestart.body()).content());
        assertEquals(1, hall.registrations.size());
    }

    @Test
    void words_outside_the_mapping_file_under_the_default_category_and_keywords_are_configurable() throws Exception {
        reply("oB", "complaint the lift is slow");
        assertEquals("BUSINESS_HANDLING", hall.registrations.get(0).categoryCode());
        assertTrue(hall.registrations.get(0).contactPhone().isEmpty());
        hall.settings.put("keywords", "意见");
        hall.settings.put("category.map", "电梯=FACILITIES_ENVIRONMENT");
        assertTrue(reply("oB", "投诉 电梯坏了").contains("投诉"), "no longer a keyword: help");
        assertEquals(1, hall.registrations.size());
        reply("oB", "意见 电梯坏了");
        assertEquals("FACILITIES_ENVIRONMENT", hall.registrations.get(1).categoryCode());
    }

    @Test
    void a_keyword_alone_starts_the_guided_exchange_number_then_description() throws Exception {
        String list = reply("oGuided", "投诉");
        assertTrue(list.contains("1. 服务态度") && list.contains("2. 业务办理") && list.contains("3. 设施环境"), list);
        String again = reply("oGuided", "9");
        assertTrue(again.contains("1–3"), again);
        String describe = reply("oGuided", "3");
        assertTrue(describe.contains("设施环境"), describe);
        assertTrue(hall.registrations.isEmpty());
        String filed = reply("oGuided", "大厅空调坏了，很热");
        assertTrue(filed.contains("TS-20260302-00001"), filed);
        assertTrue(filed.contains("查询码：" + FakeHall.QUERY_CODE), "the query code for the kiosk and the website: " + filed);
        assertEquals("FACILITIES_ENVIRONMENT", hall.registrations.get(0).categoryCode());
        assertEquals("大厅空调坏了，很热", hall.registrations.get(0).description());
        // the exchange is over: the next message is answered with the help text
        assertTrue(reply("oGuided", "谢谢").contains("TS-20260301-00001"));
    }

    @Test
    void a_description_starting_with_the_keyword_keeps_the_chosen_category() throws Exception {
        reply("oE", "投诉");
        reply("oE", "3");
        assertTrue(reply("oE", "投诉：工作人员态度差，还让我排队两小时").contains("TS-20260302-00001"));
        assertEquals("FACILITIES_ENVIRONMENT", hall.registrations.get(0).categoryCode());
        assertEquals("工作人员态度差，还让我排队两小时", hall.registrations.get(0).description());
    }

    @Test
    void when_filing_fails_the_exchange_stays_open_for_the_platform_retry() throws Exception {
        reply("oG", "投诉");
        reply("oG", "1");
        long id = msgId++;
        hall.down = true;
        assertThrows(IllegalStateException.class, () -> replyWithId("oG", "窗口人员玩手机", id));
        hall.down = false;
        assertTrue(replyWithId("oG", "窗口人员玩手机", id).contains("TS-20260302-00001"));
        assertEquals("SERVICE_ATTITUDE", hall.registrations.get(0).categoryCode());
    }

    @Test
    void a_retried_step_of_the_exchange_gets_the_same_answer_not_the_next_step() throws Exception {
        reply("oF", "投诉");
        long id = msgId++;
        String first = replyWithId("oF", "2", id);
        assertEquals(first, replyWithId("oF", "2", id));
        assertTrue(first.contains("业务办理"), first);
        assertTrue(hall.registrations.isEmpty(), "the retried \"2\" is not taken as the description");
    }

    @Test
    void the_exchange_can_be_cancelled_times_out_and_is_per_follower() throws Exception {
        reply("oOne", "举报");
        reply("oTwo", "投诉");
        assertTrue(reply("oOne", "取消").contains("已取消"));
        reply("oTwo", "1");
        hall.now = hall.now.plusSeconds(11 * 60);
        String afterTimeout = reply("oTwo", "态度很差");
        assertTrue(afterTimeout.contains("投诉编号，例如"), "the exchange timed out: help, not filing: " + afterTimeout);
        assertTrue(hall.registrations.isEmpty());
    }

    @Test
    void a_tracking_number_is_answered_with_its_status() throws Exception {
        reply("oC", "投诉 态度差");
        String status = reply("oC", "查询 ts-20260302-00001 进度");
        assertTrue(status.contains("TS-20260302-00001") && status.contains("调查核实中") && status.contains("服务态度"), status);
        assertTrue(status.contains("2026年3月2日"), status);
        String neighbour = reply("oD", "查询 TS-20260302-00001");
        assertTrue(neighbour.contains("TS-20260302-00001") && neighbour.contains("调查核实中"), neighbour);
        assertFalse(neighbour.contains("服务态度") || neighbour.contains("2026年3月2日"),
                "another follower learns only the stage: " + neighbour);
        assertTrue(reply("oC", "TS-20260302-09999").contains("未查到"));
    }

    @Test
    void other_messages_get_help_non_text_a_short_answer_and_a_refused_registration_a_polite_one() throws Exception {
        assertTrue(reply("oD", "你好").contains("投诉+事情经过"));
        String image = "<xml><ToUserName><![CDATA[gh_hall]]></ToUserName><FromUserName><![CDATA[oD]]></FromUserName>"
                + "<CreateTime>1</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://x/y]]></PicUrl>"
                + "<MsgId>99</MsgId></xml>";
        ChannelResponse imageReply = channel.handle(post(signedQuery(hall.now, "i"), image), hall);
        assertEquals(200, imageReply.status());
        assertTrue(WechatXml.parse(imageReply.body()).content().contains("文字"));
        String subscribe = "<xml><ToUserName>gh_hall</ToUserName><FromUserName>oD</FromUserName><CreateTime>1</CreateTime>"
                + "<MsgType>event</MsgType><Event>subscribe</Event></xml>";
        assertTrue(WechatXml.parse(channel.handle(post(signedQuery(hall.now, "s"), subscribe), hall).body())
                .content().contains("欢迎"));
        String unsubscribe = subscribe.replace("subscribe", "unsubscribe");
        assertEquals("success", text(channel.handle(post(signedQuery(hall.now, "u"), unsubscribe), hall)));
        hall.refuse = true;
        assertTrue(reply("oD", "投诉 态度差").contains("未能登记"));
    }

    @Test
    void replies_stay_within_the_platform_limit() {
        String fitted = ReplyLength.fit("长".repeat(1000));
        assertTrue(fitted.getBytes(StandardCharsets.UTF_8).length <= ReplyLength.CONTENT_MAX_BYTES);
        assertTrue(fitted.endsWith("…"));
        assertEquals("短", ReplyLength.fit("短"));
    }

    @Test
    void every_setting_is_declared_and_the_token_is_a_secret() {
        Map<String, SettingSpec.Type> types = new HashMap<>();
        channel.settings().forEach(s -> types.put(s.key(), s.type()));
        assertEquals(SettingSpec.Type.SECRET, types.get("token"));
        // the only one the host waits for: without it the channel stays closed (503 NOT_CONFIGURED)
        assertEquals(List.of("token"), channel.settings().stream().filter(SettingSpec::required).map(SettingSpec::key).toList());
        assertTrue(types.keySet().containsAll(List.of("keywords", "category.map", "category.default",
                "timestamp.tolerance.seconds", "dialogue.timeout.minutes", "max.body.bytes")), types.toString());
    }

    private String reply(String openid, String content) throws Exception {
        ChannelResponse response = channel.handle(post(signedQuery(hall.now, "r" + msgId), text(openid, content, msgId++)), hall);
        assertEquals(200, response.status(), text(response));
        return WechatXml.parse(response.body()).content();
    }

    private String replyWithId(String openid, String content, long id) throws Exception {
        ChannelResponse response = channel.handle(post(signedQuery(hall.now, "w" + System.nanoTime()), text(openid, content, id)), hall);
        assertEquals(200, response.status(), text(response));
        return WechatXml.parse(response.body()).content();
    }

    private String text(String openid, String content) {
        return text(openid, content, msgId++);
    }

    private static String text(String openid, String content, long id) {
        StringBuilder escaped = new StringBuilder();
        Cdata.append(content, escaped);
        return "<xml><ToUserName><![CDATA[gh_hall]]></ToUserName><FromUserName><![CDATA[" + openid + "]]></FromUserName>"
                + "<CreateTime>1772416800</CreateTime><MsgType><![CDATA[text]]></MsgType><Content>" + escaped
                + "</Content><MsgId>" + id + "</MsgId></xml>";
    }

    private static Map<String, List<String>> signedQuery(Instant at, String nonce) {
        String timestamp = Long.toString(at.getEpochSecond());
        Map<String, List<String>> query = new HashMap<>();
        query.put("signature", List.of(WechatSignature.sign("it-token", timestamp, nonce)));
        query.put("timestamp", List.of(timestamp));
        query.put("nonce", List.of(nonce));
        return query;
    }

    private static ChannelRequest get(Map<String, List<String>> query, String echostr) {
        Map<String, List<String>> withEcho = new HashMap<>(query);
        withEcho.put("echostr", List.of(echostr));
        return new ChannelRequest("GET", "", withEcho, Map.of(), new byte[0], "10.0.0.1");
    }

    private static ChannelRequest post(Map<String, List<String>> query, String body) {
        return new ChannelRequest("POST", "", query, Map.of("Content-Type", List.of("text/xml")),
                body.getBytes(StandardCharsets.UTF_8), "10.0.0.1");
    }

    private static String text(ChannelResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
