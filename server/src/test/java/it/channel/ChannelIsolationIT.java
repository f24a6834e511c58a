package it.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import it.support.Api;
import it.support.Api.Reply;
import it.support.FakeHotline;
import it.support.FakeWechat;
import it.support.Staff;
import it.support.StaffWalk;
import it.support.TestServer;
import jakarta.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The channels side by side on the real server: one channel plugin taken away at run time (its jar
 * removed, or stopped by IT staff) answers 404 or 503 in the host's format, while the hotline,
 * Open311, email, WeChat and the hall's own filing go on; what happened to its complaints meanwhile
 * reaches the citizen once it is back.
 */
class ChannelIsolationIT {

    private static final String WECHAT_BUNDLE = "servicehall-channel-wechat.jar";
    private static final String OPEN311 = "org.servicehall.plugins.channel.open311";
    private static final String WEBSITE = "org.servicehall.plugins.channel.website";
    private static final String WEBSITE_BUNDLE = "servicehall-channel-website.jar";
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private static FakeHotline hotline;
    private static FakeWechat wechatApi;
    private static GreenMail mail;

    @BeforeAll
    static void serverAndCounterpartsAreUp() throws IOException {
        TestServer.awaitReady();
        hotline = FakeHotline.start();
        wechatApi = FakeWechat.start();
        mail = EmailChannelIT.startMailServer();
        assertTrue(HotlineChannelIT.waitUntil(() -> WechatChannelIT.verify("up").status() == 200
                && open311Services().status() == 200, LIMIT), "the channels did not come up");
    }

    @AfterAll
    static void counterpartsDown() {
        if (hotline != null) {
            hotline.close();
        }
        if (wechatApi != null) {
            wechatApi.close();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void without_the_wechat_plugin_its_endpoint_is_404_the_others_file_and_its_kept_message_arrives_after_reinstall()
            throws Exception {
        String openid = WechatChannelIT.openid();
        String wechatNumber = WechatChannelIT.trackingNumber(WechatChannelIT.field(WechatChannelIT.xml(WechatChannelIT.push(
                WechatChannelIT.text(openid, "投诉 社保窗口排队两小时无人叫号", WechatChannelIT.nextMsgId()))), "Content"));

        Path installed = TestServer.pluginsDir().resolve(WECHAT_BUNDLE);
        Path aside = Files.createTempDirectory("wechat-aside").resolve(WECHAT_BUNDLE);
        Files.move(installed, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            assertTrue(HotlineChannelIT.waitUntil(() -> WechatChannelIT.verify("gone").status() == 404, LIMIT),
                    "the removed channel still answers");
            Reply gone = WechatChannelIT.push(WechatChannelIT.text(openid, "投诉 移除期间的消息", WechatChannelIT.nextMsgId()));
            assertEquals(404, gone.status(), gone.body());
            assertEquals("urn:servicehall:problem:channelUnknown", gone.json().getString("type"), gone.body());
            assertFalse(gone.body().contains("Exception"), gone.body());

            assertOtherChannelsFile("WeChat removed");

            StaffWalk.toSignFor(wechatNumber); // a change the absent channel must still tell
            // The control: a hotline complaint's sign-for, stored after WeChat's. Once the channel job
            // has pushed it, a run came after WeChat's change and sent nothing for it.
            String orderId = HotlineChannelIT.orderId();
            StaffWalk.toSignFor(HotlineChannelIT.file(orderId));
            assertTrue(HotlineChannelIT.waitUntil(() -> hotline.about(orderId).stream()
                    .anyMatch(p -> p.type().equals("SIGN_FOR") && p.answeredWith() == 200), LIMIT),
                    "the control change was never pushed");
            assertTrue(wechatApi.to(openid).isEmpty(), "nothing can be sent without the plugin");
        } finally {
            Path partial = installed.resolveSibling(WECHAT_BUNDLE + ".part");
            Files.copy(aside, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, installed, StandardCopyOption.ATOMIC_MOVE);
        }

        assertTrue(HotlineChannelIT.waitUntil(() -> WechatChannelIT.verify("back").status() == 200, LIMIT),
                "the reinstalled channel does not answer");
        assertTrue(HotlineChannelIT.waitUntil(() -> !wechatApi.to(openid).isEmpty(), LIMIT),
                "the sign-for kept while the channel was away never reached the follower");
        FakeWechat.Message kept = wechatApi.to(openid).get(0);
        assertTrue(kept.content().contains(wechatNumber) && kept.content().contains("签收"), kept.content());
    }

    @Test
    void an_open311_plugin_stopped_by_it_staff_answers_503_while_the_others_file_and_start_brings_it_back()
            throws Exception {
        Reply stopped = Staff.ADMIN.postBytes("/api/v1/plugins/" + OPEN311 + "/stop", new byte[0], "application/json");
        assertEquals(200, stopped.status(), stopped.body());
        try {
            assertTrue(HotlineChannelIT.waitUntil(() -> open311Services().status() == 503, LIMIT),
                    "the stopped channel still answers: " + open311Services().body());
            Reply unavailable = open311Services();
            assertEquals("urn:servicehall:problem:channelUnavailable", unavailable.json().getString("type"), unavailable.body());
            assertFalse(unavailable.body().contains("Exception"), unavailable.body());

            String number = WechatChannelIT.trackingNumber(WechatChannelIT.field(WechatChannelIT.xml(WechatChannelIT.push(
                    WechatChannelIT.text(WechatChannelIT.openid(), "投诉 Open311 停用期间窗口拒收材料",
                            WechatChannelIT.nextMsgId()))), "Content"));
            assertEquals("WECHAT", Staff.SUPERVISOR.view(number).getString("channel"));
            assertHotlineFiles("Open311 stopped");
            assertTrue(EmailChannelIT.mailAndAwaitNumber(mail, "Open311 停用期间的来信", "材料要求前后不一致。").startsWith("TS-"));
        } finally {
            Staff.ADMIN.postBytes("/api/v1/plugins/" + OPEN311 + "/start", new byte[0], "application/json");
        }
        assertTrue(HotlineChannelIT.waitUntil(() -> open311Services().status() == 200, LIMIT),
                "the started channel does not answer");
        assertEquals("OPEN311", Staff.SUPERVISOR.view(open311Request("重新启用后提交")).getString("channel"));
    }

    @Test
    void the_public_website_closes_with_its_plugin_503_when_stopped_404_when_removed_while_the_kiosk_and_channels_go_on()
            throws Exception {
        assertEquals(200, Api.get("/public/index.xhtml", "Accept", "text/html").status(), "the site is open to begin with");

        Reply stopped = Staff.ADMIN.postBytes("/api/v1/plugins/" + WEBSITE + "/stop", new byte[0], "application/json");
        assertEquals(200, stopped.status(), stopped.body());
        try {
            assertTrue(HotlineChannelIT.waitUntil(() -> publicSite().status() == 503, LIMIT), "the stopped site still opens");
            Reply paused = publicSite();
            assertTrue(paused.body().contains("网上投诉暂不可用") && paused.body().contains("12345"), paused.body());
            assertEquals("300", paused.header("Retry-After"));
            assertEquals("KIOSK", Staff.SUPERVISOR.view(kioskFiling("网站停用期间在大厅自助终端投诉。")).getString("channel"));
            assertHotlineFiles("website stopped");
        } finally {
            Staff.ADMIN.postBytes("/api/v1/plugins/" + WEBSITE + "/start", new byte[0], "application/json");
        }
        assertTrue(HotlineChannelIT.waitUntil(() -> publicSite().status() == 200, LIMIT), "the started site does not open");

        Path installed = TestServer.pluginsDir().resolve(WEBSITE_BUNDLE);
        Path aside = Files.createTempDirectory("website-aside").resolve(WEBSITE_BUNDLE);
        Files.move(installed, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            assertTrue(HotlineChannelIT.waitUntil(() -> publicSite().status() == 404, LIMIT), "the removed site still opens");
            Reply absent = Api.get("/public/track.xhtml", "Accept", "text/html", "Accept-Language", "en");
            assertEquals(404, absent.status());
            assertTrue(absent.body().contains("does not take complaints online"), absent.body());
            assertFalse(absent.body().contains("Exception"), absent.body());
            assertEquals("WECHAT", Staff.SUPERVISOR.view(WechatChannelIT.trackingNumber(WechatChannelIT.field(WechatChannelIT.xml(
                    WechatChannelIT.push(WechatChannelIT.text(WechatChannelIT.openid(), "投诉 网站下线期间微信照常受理",
                            WechatChannelIT.nextMsgId()))), "Content"))).getString("channel"));
        } finally {
            Path partial = installed.resolveSibling(WEBSITE_BUNDLE + ".part");
            Files.copy(aside, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, installed, StandardCopyOption.ATOMIC_MOVE);
        }
        assertTrue(HotlineChannelIT.waitUntil(() -> publicSite().status() == 200, LIMIT), "the reinstalled site does not open");
    }

    private static Reply publicSite() {
        return Api.get("/public/index.xhtml", "Accept", "text/html", "Accept-Language", "zh-CN");
    }

    /**
     * A complaint filed under the kiosk's channel (the kiosk's own screens are not behind the website's
     * gate); only a logged-in staff member may name the channel over the API.
     */
    private static String kioskFiling(String description) {
        Reply filed = Staff.RECEPTION.post("/api/v1/complaints", Json.createObjectBuilder().add("categoryCode", "SERVICE_ATTITUDE")
                .add("description", description).add("anonymous", true).add("channel", "KIOSK").build());
        assertEquals(201, filed.status(), filed.body());
        return filed.json().getString("trackingNumber");
    }

    /** Hotline, Open311, email and the hall's own filing API each file a complaint with their channel. */
    private static void assertOtherChannelsFile(String when) throws Exception {
        assertHotlineFiles(when);
        assertEquals("OPEN311", Staff.SUPERVISOR.view(open311Request(when)).getString("channel"));
        String byMail = EmailChannelIT.mailAndAwaitNumber(mail, when + "：窗口无人", "上午十点窗口无人，等待四十分钟。");
        assertEquals("EMAIL", Staff.SUPERVISOR.view(byMail).getString("channel"));
        String online = Api.fileAnonymously("SERVICE_ATTITUDE", when + "：网上照常受理。");
        assertEquals("WEBSITE", Staff.SUPERVISOR.view(online).getString("channel"));
    }

    private static void assertHotlineFiles(String when) {
        String number = HotlineChannelIT.file(HotlineChannelIT.orderId());
        assertEquals("HOTLINE_12345", Staff.SUPERVISOR.view(number).getString("channel"), when);
    }

    private static String open311Request(String when) {
        Reply created = Open311IT.post("v2/requests.json", Map.of("api_key", Open311IT.KEY, "service_code", "BUSINESS_HANDLING",
                "address_string", "市民中心二楼", "description", when + "：不动产登记材料被退回。", "phone", "13800138000"));
        assertEquals(200, created.status(), created.body());
        return created.jsonArray().getJsonObject(0).getString("service_request_id");
    }

    private static Reply open311Services() {
        return Open311IT.get("v2/services.json");
    }
}
