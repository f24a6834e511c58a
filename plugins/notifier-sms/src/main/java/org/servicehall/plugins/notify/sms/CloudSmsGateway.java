package org.servicehall.plugins.notify.sms;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.parsson.JsonProviderImpl;
import org.servicehall.plugin.api.notify.Message;

/**
 * A cloud SMS service in the style of Alibaba Cloud's SendSms: in China a message must match a
 * template the operator approved, so the gateway gets the template chosen by the message's kind
 * (setting {@code templates}), the message's parameters as the template's variables, the approved
 * sign name, and the outbox id as {@code OutId}, which the gateway's own receipts and records carry;
 * the request is a form POST (the phone number stays out of URLs and their logs) signed with
 * {@link RpcSignature}. The answer is JSON; anything but HTTP 200 with {@code "Code":"OK"} leaves
 * the message in the host's outbox for a retry.
 */
final class CloudSmsGateway {

    static final String ACTION = "SendSms";
    static final String API_VERSION = "2017-05-25";
    /** The SMS API answers in every region from this one. */
    static final String REGION = "cn-hangzhou";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Parsson by name: the host's context class loader would find the server's JSON-P instead. */
    private static final JsonProvider JSON = new JsonProviderImpl();
    private static final int MAX_SHOWN = 200;

    private final Ledger ledger;
    private final Throttle throttle;
    /**
     * The real time, not the hall's clock: the gateway refuses a request whose timestamp is far from
     * its own time, whatever time the hall keeps.
     */
    private final Clock clock;
    private volatile HttpClient http;
    private volatile Duration httpTimeout;

    CloudSmsGateway(Ledger ledger, Throttle throttle, Clock clock) {
        this.ledger = ledger;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Sends the message to every phone the gateway has not accepted it for before, at the agreed rate. */
    void send(Message message, List<String> phones, SmsSettings s) throws SmsNotSentException, InterruptedException {
        String kind = message.kind().orElseThrow(() -> new SmsNotSentException(
                "message " + message.id() + " has no kind, and the cloud SMS gateway sends only templates chosen by kind"));
        String template = s.templates().get(kind);
        if (template == null) {
            throw new SmsNotSentException("no SMS template for message kind " + kind + " in the setting "
                    + SmsSettings.TEMPLATES + " (kind=template id); the message stays queued until one is set");
        }
        URI endpoint = endpoint(s.endpoint());
        String parameters = templateParam(message.parameters());
        Ledger.Entry entry = ledger.open(message.id(), phones.size());
        for (String phone : phones) {
            if (ledger.handedOver(entry, phone)) {
                continue;
            }
            String bizId = throttle.pace(s.throughputPerSecond(),
                    () -> request(s, endpoint, phone, template, parameters, message.id()));
            ledger.handOver(entry, phone, bizId);
        }
    }

    private String request(SmsSettings s, URI endpoint, String phone, String template, String templateParam, long id)
            throws SmsNotSentException, InterruptedException {
        SortedMap<String, String> p = new TreeMap<>();
        p.put("AccessKeyId", s.accessKeyId());
        p.put("Action", ACTION);
        p.put("Format", "JSON");
        p.put("OutId", Long.toString(id));
        p.put("PhoneNumbers", Phones.digits(phone));
        p.put("RegionId", REGION);
        p.put("SignName", s.bareSignName());
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", UUID.randomUUID().toString());
        p.put("SignatureVersion", "1.0");
        p.put("TemplateCode", template);
        p.put("TemplateParam", templateParam);
        p.put("Timestamp", TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        p.put("Version", API_VERSION);
        String body = RpcSignature.formBody(p, RpcSignature.sign("POST", p, s.accessKeySecret()));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(s.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = client(s.timeout()).send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsNotSentException("the cloud SMS gateway at " + endpoint + " cannot be reached: " + e);
        }
        JsonObject answer = answer(response.body());
        String code = answer == null ? "" : answer.getString("Code", "");
        if (response.statusCode() == 200 && "OK".equals(code)) {
            return answer.getString("BizId", null);
        }
        String detail = answer == null ? "" : " (" + shown(code) + ": " + shown(answer.getString("Message", "")) + ")";
        throw new SmsNotSentException("the cloud SMS gateway answered HTTP " + response.statusCode() + detail);
    }

    /** The parameters as the template's variables: a JSON object of strings, in the order of their names. */
    static String templateParam(Map<String, String> parameters) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        new TreeMap<>(parameters).forEach(object::add);
        return object.build().toString();
    }

    private static JsonObject answer(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    private static URI endpoint(String setting) throws SmsNotSentException {
        try {
            URI uri = URI.create(setting);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new SmsNotSentException("the setting " + SmsSettings.ENDPOINT + " is not an http(s) URL");
    }

    /** The gateway's words, shortened, without anything that looks like a phone number. */
    private static String shown(String text) {
        String scrubbed = text.replaceAll("[0-9]{7,}", "…");
        return scrubbed.length() > MAX_SHOWN ? scrubbed.substring(0, MAX_SHOWN) + "…" : scrubbed;
    }

    private HttpClient client(Duration timeout) {
        HttpClient current = http;
        if (current == null || !timeout.equals(httpTimeout)) {
            synchronized (this) {
                if (http == null || !timeout.equals(httpTimeout)) {
                    http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    httpTimeout = timeout;
                }
                current = http;
            }
        }
        return current;
    }
}
