package org.servicehall.plugins.channel.hotline12345;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
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
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** A refusal in the hotline's format. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Refused(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

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
        int max = intSetting(context, "max.body.bytes", DEFAULT_MAX_BODY);
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
        Duration tolerance = Duration.ofSeconds(intSetting(context, "timestamp.tolerance.seconds", 300));
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        Instant now = context.now();
        if (Duration.between(sent, now).abs().compareTo(tolerance) > 0) {
            throw new Refused(401, "STALE_TIMESTAMP", "the timestamp is more than " + tolerance.toSeconds() + " s away");
        }
        if (!replays.firstSeen(signature.strip().toLowerCase(java.util.Locale.ROOT), now, tolerance)) {
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
        String orderId = required(order, "orderId", ORDER_ID_MAX);
        String content = required(order, "content", 2000);
        String hotlineCategory = optional(order, "categoryCode", 20);
        String title = optional(order, "title", 200);
        String address = optional(order, "address", 200);
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
                .contactName(optional(order, "citizenName", 50))
                .contactPhone(optional(order, "citizenPhone", 20))
                .contactEmail(optional(order, "citizenEmail", 200));
        Registered registered = context.register(registration.build());
        JsonObject answer = HotlineJson.object().add("code", "0")
                .add("message", registered.duplicate() ? "already received" : "received")
                .add("data", HotlineJson.object().add("orderId", orderId).add("trackingNumber", registered.trackingNumber())
                        .add("duplicate", registered.duplicate()).add("category", category))
                .build();
        return ChannelResponse.json(200, HotlineJson.write(answer));
    }

    private ChannelResponse supplement(JsonObject body, ChannelContext context) throws Refused {
        String trackingNumber = required(body, "trackingNumber", 20);
        String content = required(body, "content", 4000);
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
        String url = context.setting("push.url").orElse(null);
        String secret = context.setting("secret").orElse(null);
        if (url == null || url.isBlank() || secret == null || secret.isBlank()) {
            LOG.log(Level.WARNING, "12345: push.url or secret not configured; change {0} waits", change.changeId());
            return false;
        }
        byte[] body = HotlineJson.write(push(change)).getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(context.now().getEpochSecond());
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.strip()))
                    .timeout(Duration.ofMillis(intSetting(context, "push.timeout.millis", 1500)))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header(TIMESTAMP_HEADER, timestamp)
                    .header(SIGNATURE_HEADER, HmacSignature.sign(secret, timestamp, body))
                    .header(EVENT_HEADER, change.changeId())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 == 2) {
                return true;
            }
            LOG.log(Level.INFO, "12345: push of {0} answered {1}", new Object[] {change.changeId(), response.statusCode()});
            return false;
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "12345: push.url is not a valid URL");
            return false;
        } catch (java.io.IOException e) {
            LOG.log(Level.INFO, "12345: push of {0} failed: {1}", new Object[] {change.changeId(), e.toString()});
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The push body: event id, type, the work order, and what the type carries. */
    static JsonObject push(StatusChange change) {
        JsonObjectBuilder push = HotlineJson.object().add("eventId", change.changeId())
                .add("type", switch (change.kind()) {
                    case SIGNED_FOR -> "SIGN_FOR";
                    case RETURNED -> "RETURN";
                    case RESULT -> "RESULT";
                })
                .add("orderId", change.externalId())
                .add("trackingNumber", change.trackingNumber())
                .add("occurredAt", change.occurredAt().toString())
                .add("status", change.status());
        change.reason().ifPresent(reason -> push.add("reason", reason));
        if (change.kind() == StatusChange.Kind.RESULT) {
            JsonObjectBuilder result = HotlineJson.object();
            addOrNull(result, "finding", change.finding());
            addOrNull(result, "findingText", change.findingText());
            result.add("measures", HotlineJson.array(change.measures()));
            addOrNull(result, "feedback", change.feedback());
            push.add("result", result);
        }
        return push.build();
    }

    private static void addOrNull(JsonObjectBuilder object, String name, Optional<String> value) {
        value.ifPresentOrElse(v -> object.add(name, v), () -> object.addNull(name));
    }

    private static String required(JsonObject json, String name, int max) throws Refused {
        String value = optional(json, name, max);
        if (value == null) {
            throw new Refused(400, "MISSING_FIELD", "missing field: " + name);
        }
        return value;
    }

    private static String optional(JsonObject json, String name, int max) throws Refused {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = value instanceof JsonNumber number ? plain(number.bigDecimalValue(), name, max)
                : value instanceof JsonString s ? s.getString() : null;
        if (text == null) {
            throw new Refused(400, "INVALID_FIELD", "field " + name + " must be a string");
        }
        if (text.length() > max) {
            throw new Refused(400, "INVALID_FIELD", "field " + name + " is longer than " + max);
        }
        return text.isBlank() ? null : text.strip();
    }

    /**
     * A number sent where text is expected (a phone number, an order id) as its digits. Its length is
     * judged before it is written out: {@code 1e999999999} is eleven characters of JSON but a billion
     * digits written plainly.
     */
    private static String plain(java.math.BigDecimal number, String name, int max) throws Refused {
        long digits = number.scale() <= 0 ? (long) number.precision() - number.scale()
                : Math.max(number.precision(), (long) number.scale() + 1);
        if (digits > max) {
            throw new Refused(400, "INVALID_FIELD", "field " + name + " is longer than " + max);
        }
        return number.toPlainString();
    }

    @Override
    public List<SettingSpec> settings() {
        return List.of(
                SettingSpec.required("secret", SettingSpec.Type.SECRET, LocalizedText.of("共享密钥", "Shared secret"),
                        LocalizedText.of("与 12345 平台约定的 HMAC-SHA256 密钥；未设置时拒收工单。",
                                "The HMAC-SHA256 key agreed with the 12345 platform; without it no work order is accepted.")),
                SettingSpec.of("push.url", SettingSpec.Type.TEXT, "", LocalizedText.of("结果回传地址", "Result push URL"),
                        LocalizedText.of("签收、退回和办理结果推送到的 12345 平台地址。",
                                "Where sign-for, return and result messages are pushed on the 12345 platform.")),
                SettingSpec.of("category.map", SettingSpec.Type.LIST, CategoryMap.DEFAULT_TABLE,
                        LocalizedText.of("分类对照表", "Category mapping"),
                        LocalizedText.of("12345 分类代码=本中心分类代码，用逗号分隔。", "12345 category code=local category code, comma-separated.")),
                SettingSpec.of("category.default", SettingSpec.Type.TEXT, CategoryMap.DEFAULT_CATEGORY,
                        LocalizedText.of("默认分类", "Default category"),
                        LocalizedText.of("对照表中没有的分类代码归入此分类。", "Category codes not in the mapping go to this category.")),
                SettingSpec.of("timestamp.tolerance.seconds", SettingSpec.Type.NUMBER, "300",
                        LocalizedText.of("时间戳容差（秒）", "Timestamp tolerance (seconds)"),
                        LocalizedText.of("与本机时间相差超过此值的请求被拒收。", "Requests whose timestamp differs from ours by more are refused.")),
                SettingSpec.of("push.timeout.millis", SettingSpec.Type.NUMBER, "1500",
                        LocalizedText.of("回传超时（毫秒）", "Push timeout (ms)"),
                        LocalizedText.of("一次回传等待平台应答的最长时间。", "How long one push waits for the platform to answer.")));
    }

    private static int intSetting(ChannelContext context, String key, int fallback) {
        try {
            return context.setting(key).map(String::strip).map(Integer::parseInt).filter(n -> n > 0).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static ChannelResponse error(int status, String code, String message) {
        return ChannelResponse.json(status, HotlineJson.write(
                HotlineJson.object().add("code", code).add("message", message).build()));
    }
}
