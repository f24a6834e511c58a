package org.servicehall.plugins.channel.hotline12345;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.ChannelRequest;
import org.servicehall.plugin.api.channel.ChannelResponse;
import org.servicehall.plugin.api.channel.InvalidRegistrationException;
import org.servicehall.plugin.api.channel.Registered;
import org.servicehall.plugin.api.channel.Registration;
import org.servicehall.plugin.api.channel.StatusChange;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;

/**
 * The 12345 hotline. Inbound: {@code POST /api/v1/channels/hotline-12345/work-orders} with a JSON
 * work order, and {@code POST .../supplements} with what the citizen added later; both signed with
 * {@value #TIMESTAMP_HEADER} (epoch seconds) and {@value #SIGNATURE_HEADER} (hex HMAC-SHA256 of
 * timestamp + "\n" + body with the shared secret). Answers are the hotline's JSON,
 * {@code {"code":..., "message":...}}, {@code "0"} for success. Outbound: sign-for, return and
 * result POSTed to {@code push.url}, signed the same way, with {@value #EVENT_HEADER} carrying the
 * stable change id.
 *
 * <p>Settings ({@code servicehall.channel.hotline-12345.<key>}): {@code secret} (required),
 * {@code timestamp.tolerance.seconds} (300), {@code max.body.bytes} (65536), {@code category.map},
 * {@code category.default}, {@code push.url}, {@code push.timeout.millis} (1500).
 */
@Component(service = ChannelAdapter.class, property = ChannelAdapter.PROPERTY_CHANNEL_ID + "=" + HotlineChannel.ID)
public class HotlineChannel implements ChannelAdapter, Configurable {

    static final String ID = "hotline-12345";
    static final String CODE = "HOTLINE_12345";
    static final String TIMESTAMP_HEADER = "X-Hotline-Timestamp";
    static final String SIGNATURE_HEADER = "X-Hotline-Signature";
    static final String EVENT_HEADER = "X-Hotline-Event-Id";

    private static final Logger LOG = Logger.getLogger(HotlineChannel.class.getName());
    private static final int DEFAULT_MAX_BODY = 64 * 1024;
    private static final int ORDER_ID_MAX = 64;

    private final ReplayGuard replays = new ReplayGuard();
    private final ResultPush pushes = new ResultPush();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("12345政务服务便民热线", "12345 government service hotline");
    }

    @Override
    public String channelCode() {
        return CODE;
    }

    @Override
    public ChannelResponse handle(ChannelRequest request, ChannelContext context) {
        try {
            if (!request.path().equals("work-orders") && !request.path().equals("supplements")) {
                throw new Refused(404, "NOT_FOUND", "no such resource: only work-orders and supplements");
            }
            if (!request.method().equals("POST")) {
                throw new Refused(405, "METHOD_NOT_ALLOWED", "use POST");
            }
            JsonObject body = authenticatedJson(request, context);
            return request.path().equals("work-orders") ? receive(body, context) : supplement(body, context);
        } catch (Refused e) {
            return error(e.status, e.code, e.getMessage());
        } catch (InvalidRegistrationException e) {
            return error(422, "INVALID_FIELD", "refused: " + e.problems());
        }
    }

    private JsonObject authenticatedJson(ChannelRequest request, ChannelContext context) throws Refused {
        String secret = context.setting("secret").filter(s -> !s.isBlank())
                .orElseThrow(() -> new Refused(503, "NOT_CONFIGURED", "the receiving side has no shared secret configured"));
        byte[] body = request.body();
        int max = HotlineSettings.intSetting(context, "max.body.bytes", DEFAULT_MAX_BODY);
        if (body.length > max) {
            throw new Refused(413, "BODY_TOO_LARGE", "the body exceeds " + max + " bytes");
        }
        String timestamp = request.header(TIMESTAMP_HEADER).map(String::strip).orElse("");
        String signature = request.header(SIGNATURE_HEADER).orElse(null);
        if (!timestamp.matches("[0-9]{1,12}") || signature == null) {
            throw new Refused(401, "UNAUTHORIZED", "missing or malformed " + TIMESTAMP_HEADER + " or " + SIGNATURE_HEADER);
        }
        if (!HmacSignature.verify(secret, timestamp, body, signature)) {
            throw new Refused(401, "BAD_SIGNATURE", "the signature does not match");
        }
        Duration tolerance = Duration.ofSeconds(HotlineSettings.intSetting(context, "timestamp.tolerance.seconds", 300));
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        Instant now = context.now();
        if (Duration.between(sent, now).abs().compareTo(tolerance) > 0) {
            throw new Refused(401, "STALE_TIMESTAMP", "the timestamp is more than " + tolerance.toSeconds() + " s away");
        }
        if (!replays.firstSeen(signature.strip().toLowerCase(Locale.ROOT), now, tolerance)) {
            throw new Refused(401, "REPLAYED", "this signed request was received before");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(400, "BAD_ENCODING", "the body must be UTF-8");
        }
        JsonValue json;
        try {
            json = HotlineJson.parse(text);
        } catch (HotlineJson.Malformed e) {
            throw new Refused(400, "MALFORMED_JSON", "the body is not JSON: " + e.getMessage());
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Refused(400, "MALFORMED_JSON", "the body must be a JSON object");
        }
        return json.asJsonObject();
    }

    private ChannelResponse receive(JsonObject order, ChannelContext context) throws Refused {
        String orderId = Fields.required(order, "orderId", ORDER_ID_MAX);
        String content = Fields.required(order, "content", 2000);
        String hotlineCategory = Fields.optional(order, "categoryCode", 20);
        String title = Fields.optional(order, "title", 200);
        String address = Fields.optional(order, "address", 200);
        CategoryMap map;
        try {
            map = CategoryMap.parse(context.setting("category.map").orElse(CategoryMap.DEFAULT_TABLE),
                    context.setting("category.default").orElse(CategoryMap.DEFAULT_CATEGORY));
        } catch (IllegalArgumentException e) {
            throw new Refused(503, "NOT_CONFIGURED", "the category table is not valid");
        }
        Set<String> offered = context.categories().stream().map(ChannelCategory::code).collect(Collectors.toSet());
        String category = map.categoryFor(hotlineCategory, offered)
                .orElseThrow(() -> new Refused(503, "NOT_CONFIGURED", "no category to file this work order under"));
        StringBuilder description = new StringBuilder();
        if (title != null) {
            description.append(title).append('\n');
        }
        description.append(content);
        if (address != null) {
            description.append("\n地址 / Address: ").append(address);
        }
        Registration.Builder registration = Registration.builder(orderId).category(category)
                .description(description.toString())
                .contactName(Fields.optional(order, "citizenName", 50))
                .contactPhone(Fields.optional(order, "citizenPhone", 20))
                .contactEmail(Fields.optional(order, "citizenEmail", 200));
        Registered registered = context.register(registration.build());
        JsonObject answer = HotlineJson.object().add("code", "0")
                .add("message", registered.duplicate() ? "already received" : "received")
                .add("data", HotlineJson.object().add("orderId", orderId).add("trackingNumber", registered.trackingNumber())
                        .add("duplicate", registered.duplicate()).add("category", category))
                .build();
        return ChannelResponse.json(200, HotlineJson.write(answer));
    }

    private ChannelResponse supplement(JsonObject body, ChannelContext context) throws Refused {
        String trackingNumber = Fields.required(body, "trackingNumber", 20);
        String content = Fields.required(body, "content", 4000);
        if (!context.addNote(trackingNumber, content)) {
            throw new Refused(404, "NOT_FOUND", "no open work order from the hotline has this tracking number");
        }
        return ChannelResponse.json(200, HotlineJson.write(
                HotlineJson.object().add("code", "0").add("message", "received").build()));
    }

    @Override
    public Set<StatusChange.Kind> statusChanges() {
        return EnumSet.allOf(StatusChange.Kind.class);
    }

    @Override
    public boolean deliver(StatusChange change, ChannelContext context) {
        return pushes.deliver(change, context);
    }

    @Override
    public List<SettingSpec> settings() {
        return HotlineSettings.all();
    }

    private static ChannelResponse error(int status, String code, String message) {
        return ChannelResponse.json(status, HotlineJson.write(
                HotlineJson.object().add("code", code).add("message", message).build()));
    }
}
