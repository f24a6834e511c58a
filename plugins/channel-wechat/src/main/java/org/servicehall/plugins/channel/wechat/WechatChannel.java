package org.servicehall.plugins.channel.wechat;

import java.nio.charset.StandardCharsets;
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
    private static final Pattern ECHOSTR = Pattern.compile("[\\x21-\\x7e]{1,256}");
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
        String refusal = SignatureCheck.refusal(request, context, settings);
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
        String signature = SignatureCheck.bounded(request.queryParameter("msg_signature"));
        if (!WechatCrypt.verify(settings.token(), request.queryParameter("timestamp").orElse(""),
                request.queryParameter("nonce").orElse(""), encrypted, signature)) {
            throw new WechatCrypt.Refused("invalid msg_signature");
        }
        return crypt.decrypt(encrypted).getBytes(StandardCharsets.UTF_8);
    }

    /** A passive reply encrypted for the platform, signed like its pushes. */
    private static ChannelResponse seal(ChannelResponse plain, WechatCrypt crypt, Settings settings, String nonce,
                                        ChannelContext context) {
        String encrypted = crypt.encrypt(new String(plain.body(), StandardCharsets.UTF_8));
        String timestamp = Long.toString(context.now().getEpochSecond());
        return ChannelResponse.of(200, "application/xml; charset=UTF-8", XmlReplies.encryptedReply(encrypted,
                WechatCrypt.signature(settings.token(), timestamp, nonce, encrypted), timestamp, nonce)
                .getBytes(StandardCharsets.UTF_8));
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
                XmlReplies.textReply(message.fromUser(), message.toUser(), now.getEpochSecond(), content.get())
                        .getBytes(StandardCharsets.UTF_8));
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
        Optional<String> openid = ExternalIds.openidOf(change.externalId());
        if (openid.isEmpty()) {
            return true; // filed without the sender's openid: nobody to tell
        }
        String secret = context.setting("appSecret").map(String::strip).orElse("");
        if (secret.isEmpty()) {
            LOG.log(Level.WARNING, "wechat: appSecret not configured; change {0} waits", change.changeId());
            return false;
        }
        String content = ReplyLength.fit(switch (change.kind()) {
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
        return WechatSettingSpecs.all();
    }
}
