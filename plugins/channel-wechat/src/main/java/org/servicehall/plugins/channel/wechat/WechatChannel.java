package org.servicehall.plugins.channel.wechat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.ChannelRequest;
import org.servicehall.plugin.api.channel.ChannelResponse;
import org.servicehall.plugin.api.channel.StatusChange;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;

/**
 * The WeChat official account's message push, plaintext mode, at {@code /api/v1/channels/wechat/}
 * (the server URL configured on the platform). {@code GET ?signature&timestamp&nonce&echostr}
 * verifies the URL: echostr is answered as text when the signature is right. {@code POST} with the
 * same signed query carries one message as XML; the answer is a passive text reply in XML, or
 * {@code success} for none.
 *
 * <p>Refusals are short plain text, never a stack trace: 403 for a missing, wrong or stale
 * signature; 400 for a body that is oversized, not UTF-8 or not the platform's XML; 404 for another
 * path; 405 for another method; 503 while no token is configured.
 *
 * <p>Settings ({@code servicehall.channel.wechat.<key>}): {@code token} (required),
 * {@code keywords}, {@code category.map}, {@code category.default}, {@code timestamp.tolerance.seconds}
 * (300), {@code dialogue.timeout.minutes} (10), {@code max.body.bytes} (16384); for outbound
 * {@code appId}, {@code appSecret}, {@code api.base} (https://api.weixin.qq.com) and
 * {@code push.timeout.millis} (1500).
 *
 * <p>Outbound: sign-for, return and result are sent to the follower who filed as customer-service
 * messages; the follower's openid travels in the complaint's external id ({@code MsgId:openid}).
 * The platform only accepts these within 48 hours of the follower's last message; a change it
 * refuses for good (that, unsubscribed, bad openid) counts as delivered, an outage is retried.
 */
@Component(service = ChannelAdapter.class, property = ChannelAdapter.PROPERTY_CHANNEL_ID + "=" + WechatChannel.ID)
public class WechatChannel implements ChannelAdapter, Configurable {

    static final String ID = "wechat";
    static final String CODE = "WECHAT";

    private static final Logger LOG = Logger.getLogger(WechatChannel.class.getName());
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
    private static final Pattern ECHOSTR = Pattern.compile("[\\x21-\\x7e]{1,256}");
    private static final int QUERY_VALUE_MAX = 256;
    static final String DEFAULT_API_BASE = "https://api.weixin.qq.com";

    private final Conversations conversations = new Conversations();
    private final Dialogue dialogue = new Dialogue(conversations);
    private final RecentReplies recent = new RecentReplies();
    private final CustomerService customerService = new CustomerService();
    private final SeenPushes seen = new SeenPushes();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("微信公众号", "WeChat official account");
    }

    @Override
    public String channelCode() {
        return CODE;
    }

    @Override
    public ChannelResponse handle(ChannelRequest request, ChannelContext context) {
        if (!request.path().isEmpty()) {
            return ChannelResponse.text(404, "not found");
        }
        boolean get = request.method().equals("GET");
        if (!get && !request.method().equals("POST")) {
            return ChannelResponse.text(405, "method not allowed").withHeader("Allow", "GET, POST");
        }
        Settings settings = Settings.read(context);
        if (settings.token() == null) {
            return ChannelResponse.text(503, "not configured");
        }
        String refusal = signatureRefusal(request, context, settings);
        if (refusal != null) {
            return ChannelResponse.text(403, refusal);
        }
        if (get) {
            String echo = request.queryParameter("echostr").orElse("");
            if (!ECHOSTR.matcher(echo).matches()) {
                return ChannelResponse.text(400, "bad echostr");
            }
            return ChannelResponse.text(200, echo);
        }
        byte[] body = request.body();
        if (body.length > settings.maxBodyBytes()) {
            return ChannelResponse.text(400, "body too large");
        }
        String timestamp = request.queryParameter("timestamp").orElseThrow();
        String nonce = request.queryParameter("nonce").orElseThrow();
        if (!seen.admit(timestamp, nonce, body, context.now(), settings.timestampTolerance())) {
            LOG.log(Level.WARNING, "wechat: a signed push came again with another body; refused as a replay");
            return ChannelResponse.text(403, "replayed");
        }
        boolean encrypted = request.queryParameter("encrypt_type").filter("aes"::equalsIgnoreCase).isPresent();
        if (!encrypted && settings.mode() == Settings.Mode.SAFE) {
            return ChannelResponse.text(403, "encrypted mode required");
        }
        WechatCrypt crypt = null;
        if (encrypted) {
            if (settings.mode() == Settings.Mode.PLAIN || settings.crypt() == null) {
                return ChannelResponse.text(503, "not configured for encrypted mode");
            }
            crypt = settings.crypt();
            try {
                body = open(body, request, settings, crypt);
            } catch (WechatCrypt.Refused e) {
                return ChannelResponse.text(403, e.getMessage());
            } catch (WechatXml.Malformed e) {
                return ChannelResponse.text(400, "bad request: " + e.getMessage());
            }
        }
        WechatXml.Message message;
        try {
            message = WechatXml.parse(body);
        } catch (WechatXml.Malformed e) {
            return ChannelResponse.text(400, "bad request: " + e.getMessage());
        }
        ChannelResponse answer = reply(message, context, settings);
        return crypt == null || answer.status() != 200 || !answer.contentType().startsWith("application/xml")
                ? answer : seal(answer, crypt, settings, nonce, context);
    }

    /** The message inside an encrypted push, after its signature over the encrypted text and its AppID are checked. */
    private static byte[] open(byte[] body, ChannelRequest request, Settings settings, WechatCrypt crypt)
            throws WechatCrypt.Refused, WechatXml.Malformed {
        String encrypted = Optional.ofNullable(WechatXml.fields(body).get("Encrypt")).map(String::strip)
                .filter(e -> !e.isEmpty()).orElseThrow(() -> new WechatXml.Malformed("Encrypt is required in encrypted mode"));
        String signature = bounded(request.queryParameter("msg_signature"));
        if (!WechatCrypt.verify(settings.token(), request.queryParameter("timestamp").orElse(""),
                request.queryParameter("nonce").orElse(""), encrypted, signature)) {
            throw new WechatCrypt.Refused("invalid msg_signature");
        }
        return crypt.decrypt(encrypted).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A passive reply encrypted for the platform, signed like its pushes. */
    private static ChannelResponse seal(ChannelResponse plain, WechatCrypt crypt, Settings settings, String nonce,
                                        ChannelContext context) {
        String encrypted = crypt.encrypt(new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8));
        String timestamp = Long.toString(context.now().getEpochSecond());
        return ChannelResponse.of(200, "application/xml; charset=UTF-8", WechatXml.encryptedReply(encrypted,
                WechatCrypt.signature(settings.token(), timestamp, nonce, encrypted), timestamp, nonce)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Why the query's signature is not accepted; null when it is. */
    private static String signatureRefusal(ChannelRequest request, ChannelContext context, Settings settings) {
        String signature = bounded(request.queryParameter("signature"));
        String timestamp = bounded(request.queryParameter("timestamp"));
        String nonce = bounded(request.queryParameter("nonce"));
        if (signature == null || timestamp == null || nonce == null || !TIMESTAMP.matcher(timestamp).matches()) {
            return "missing signature";
        }
        if (!WechatSignature.verify(settings.token(), timestamp, nonce, signature)) {
            return "invalid signature";
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, context.now()).abs().compareTo(settings.timestampTolerance()) > 0) {
            return "stale timestamp";
        }
        return null;
    }

    private static String bounded(Optional<String> value) {
        return value.filter(v -> !v.isEmpty() && v.length() <= QUERY_VALUE_MAX).orElse(null);
    }

    private ChannelResponse reply(WechatXml.Message message, ChannelContext context, Settings settings) {
        Instant now = context.now();
        boolean text = message.type().equalsIgnoreCase("text");
        if (text && message.msgId().isEmpty()) {
            return ChannelResponse.text(400, "bad request: a text message needs a MsgId");
        }
        Optional<String> content = text ? recent.find(message.fromUser(), message.msgId().get(), now) : Optional.empty();
        if (content.isEmpty()) {
            content = dialogue.answer(message, context, settings);
            if (text && content.isPresent()) {
                recent.remember(message.fromUser(), message.msgId().get(), content.get(), now);
            }
        } else {
            LOG.log(Level.FINE, "wechat: a repeated message was answered as before");
        }
        if (content.isEmpty()) {
            return ChannelResponse.text(200, "success");
        }
        return ChannelResponse.of(200, "application/xml; charset=UTF-8",
                WechatXml.textReply(message.fromUser(), message.toUser(), now.getEpochSecond(), content.get())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public Set<StatusChange.Kind> statusChanges() {
        return EnumSet.allOf(StatusChange.Kind.class);
    }

    /**
     * Sends the change to the follower who filed the complaint as a customer-service message. Without
     * an app id outbound is off and the change counts as delivered; without the secret it waits.
     */
    @Override
    public boolean deliver(StatusChange change, ChannelContext context) {
        String appId = context.setting("appId").map(String::strip).orElse("");
        if (appId.isEmpty()) {
            return true;
        }
        Optional<String> openid = Dialogue.openidOf(change.externalId());
        if (openid.isEmpty()) {
            return true; // filed without the sender's openid: nobody to tell
        }
        String secret = context.setting("appSecret").map(String::strip).orElse("");
        if (secret.isEmpty()) {
            LOG.log(Level.WARNING, "wechat: appSecret not configured; change {0} waits", change.changeId());
            return false;
        }
        String content = Dialogue.fit(switch (change.kind()) {
            case SIGNED_FOR -> Texts.signedFor(change.trackingNumber());
            case RETURNED -> Texts.returned(change.trackingNumber(), change.reason().orElse(null));
            case RESULT -> Texts.result(change.trackingNumber(), change.finding().orElse(null));
        });
        CustomerService.Outcome outcome = customerService.sendText(
                context.setting("api.base").map(String::strip).filter(s -> !s.isEmpty()).orElse(DEFAULT_API_BASE),
                appId, secret, openid.get(), content, context.now(),
                Duration.ofMillis(Settings.positive(context, "push.timeout.millis", 1500)));
        return outcome != CustomerService.Outcome.RETRY;
    }

    @Override
    public List<SettingSpec> settings() {
        return List.of(
                SettingSpec.required("token", SettingSpec.Type.SECRET, LocalizedText.of("令牌（Token）", "Token"),
                        LocalizedText.of("公众号后台“服务器配置”中填写的令牌，用于校验消息签名；未设置时拒收消息。",
                                "The token entered in the account's server configuration, for message signatures; "
                                        + "without it no message is accepted.")),
                SettingSpec.of("message.mode", SettingSpec.Type.TEXT, "plain",
                        LocalizedText.of("消息加解密方式", "Message encryption mode"),
                        LocalizedText.of("与公众号后台一致：plain（明文模式）、compatible（兼容模式，明文和密文都接收）或 safe（安全模式，只接收密文，"
                                        + "签名覆盖消息内容）；后两者需填写 EncodingAESKey 和 AppID。",
                                "As set on the platform: plain, compatible (plain and encrypted accepted) or safe (encrypted only; "
                                        + "the signature covers the message); the last two need the EncodingAESKey and the AppID.")),
                SettingSpec.of("encoding.aes.key", SettingSpec.Type.SECRET, "",
                        LocalizedText.of("消息加解密密钥（EncodingAESKey）", "EncodingAESKey"),
                        LocalizedText.of("公众号后台“服务器配置”中的 43 位消息加解密密钥。",
                                "The 43-character message encryption key from the account's server configuration.")),
                SettingSpec.of("keywords", SettingSpec.Type.LIST, Settings.DEFAULT_KEYWORDS,
                        LocalizedText.of("投诉关键词", "Complaint keywords"),
                        LocalizedText.of("以这些词开头的消息视为投诉，用逗号分隔。",
                                "A message starting with one of these words is a complaint; comma-separated.")),
                SettingSpec.of("category.map", SettingSpec.Type.LIST, Settings.DEFAULT_CATEGORY_MAP,
                        LocalizedText.of("关键词分类对照", "Word to category mapping"),
                        LocalizedText.of("投诉内容含某词时归入对应分类：词=分类代码，用逗号分隔，先列先匹配。",
                                "A complaint containing a word goes to its category: word=CATEGORY, comma-separated, "
                                        + "first match wins.")),
                SettingSpec.of("category.default", SettingSpec.Type.TEXT, Settings.DEFAULT_CATEGORY,
                        LocalizedText.of("默认分类", "Default category"),
                        LocalizedText.of("没有匹配词的投诉归入此分类。", "Complaints matching no word go to this category.")),
                SettingSpec.of("timestamp.tolerance.seconds", SettingSpec.Type.NUMBER,
                        Integer.toString(Settings.DEFAULT_TOLERANCE_SECONDS),
                        LocalizedText.of("时间戳容差（秒）", "Timestamp tolerance (seconds)"),
                        LocalizedText.of("签名时间与本机时间相差超过此值的消息被拒收。",
                                "Messages signed further than this from our clock are refused.")),
                SettingSpec.of("dialogue.timeout.minutes", SettingSpec.Type.NUMBER,
                        Integer.toString(Settings.DEFAULT_DIALOGUE_MINUTES),
                        LocalizedText.of("引导对话超时（分钟）", "Guided exchange timeout (minutes)"),
                        LocalizedText.of("选择类别后超过此时间未回复，对话作废；服务重启后对话也会重新开始。",
                                "An exchange left unanswered this long is dropped; a restart also drops it.")),
                SettingSpec.of("appId", SettingSpec.Type.TEXT, "", LocalizedText.of("AppID", "AppID"),
                        LocalizedText.of("公众号的 AppID；填写后，签收、退回和办结结果以客服消息推送给投诉人（仅限其最近 48 小时内发过消息）。留空则不推送。",
                                "The account's AppID; when set, sign-for, return and result are sent to the complainant as "
                                        + "customer-service messages (only within 48 hours of their last message). Empty: none sent.")),
                SettingSpec.of("appSecret", SettingSpec.Type.SECRET, "", LocalizedText.of("AppSecret", "AppSecret"),
                        LocalizedText.of("公众号的 AppSecret，用于获取接口调用凭证（access_token）。",
                                "The account's AppSecret, for fetching the access token.")),
                SettingSpec.of("api.base", SettingSpec.Type.TEXT, DEFAULT_API_BASE,
                        LocalizedText.of("接口地址", "API base URL"),
                        LocalizedText.of("微信接口的地址，一般无需修改。", "Where the WeChat API is; normally unchanged.")),
                SettingSpec.of("push.timeout.millis", SettingSpec.Type.NUMBER, "1500",
                        LocalizedText.of("推送超时（毫秒）", "Push timeout (ms)"),
                        LocalizedText.of("一次调用微信接口等待应答的最长时间。", "How long one call to the WeChat API waits.")),
                SettingSpec.of("max.body.bytes", SettingSpec.Type.NUMBER, Integer.toString(Settings.DEFAULT_MAX_BODY),
                        LocalizedText.of("消息最大字节数", "Largest message (bytes)"),
                        LocalizedText.of("超过此大小的消息被拒收。", "Larger messages are refused.")));
    }
}
