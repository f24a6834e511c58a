package org.servicehall.plugins.channel.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.channel.CaseQuery;
import org.servicehall.plugin.api.channel.CaseStatus;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.ChannelRequest;
import org.servicehall.plugin.api.channel.ChannelResponse;
import org.servicehall.plugin.api.channel.InvalidRegistrationException;
import org.servicehall.plugin.api.channel.Registered;
import org.servicehall.plugin.api.channel.Registration;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;

class Open311ChannelTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private final FakeHall hall = new FakeHall();
    private final Open311Channel channel = new Open311Channel();

    @Test
    void without_api_keys_the_channel_is_not_configured() {
        // the host keeps the channel closed (503 NOT_CONFIGURED) while these have no value
        assertEquals(List.of("api.keys"), channel.settings().stream()
                .filter(SettingSpec::required)
                .map(SettingSpec::key).toList());
    }

    @Test
    void the_service_list_is_the_categories_in_xml_and_in_json() {
        String xml = text(get("v2/services.xml"));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<services><service><service_code>SERVICE_ATTITUDE</service_code>"), xml);
        assertTrue(xml.contains("<metadata>true</metadata><type>realtime</type>"), xml);
        String json = text(get("v2/services.json"));
        assertTrue(json.startsWith("[{\"service_code\":\"SERVICE_ATTITUDE\",\"service_name\":\"服务态度\""), json);
    }

    @Test
    void a_service_definition_lists_the_fields_as_attributes_with_their_values() {
        String json = text(get("v2/services/SERVICE_ATTITUDE.json"));
        assertEquals("{\"service_code\":\"SERVICE_ATTITUDE\",\"attributes\":[{\"variable\":true,\"code\":\"WINDOW\","
                + "\"datatype\":\"singlevaluelist\",\"required\":true,\"datatype_description\":\"从下列选项中选一项\",\"order\":1,"
                + "\"description\":\"窗口\",\"values\":[{\"key\":\"W1\",\"name\":\"一号窗口\"},{\"key\":\"W2\",\"name\":\"二号窗口\"}]}]}", json);
        ChannelResponse missing = get("v2/services/NOPE.xml");
        assertEquals(404, missing.status());
        assertEquals("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<errors><error><code>404</code><description>service_code not found: NOPE</description></error></errors>\n",
                text(missing));
    }

    @Test
    void creating_a_request_needs_a_known_api_key_a_service_and_a_location() {
        assertEquals(403, post("v2/requests.json", "service_code=SERVICE_ATTITUDE&address_string=x").status());
        ChannelResponse badKey = post("v2/requests.json", "api_key=nope&service_code=SERVICE_ATTITUDE&address_string=x");
        assertEquals(403, badKey.status());
        assertTrue(text(badKey).startsWith("[{\"code\":403,\"description\":\"Invalid api_key"), text(badKey));
        assertEquals(400, post("v2/requests.json", "api_key=k1&address_string=x").status());
        assertEquals(404, post("v2/requests.json", "api_key=k1&service_code=NOPE&address_string=x").status());
        ChannelResponse noLocation = post("v2/requests.json", "api_key=k1&service_code=SERVICE_ATTITUDE");
        assertEquals(400, noLocation.status());
        assertTrue(text(noLocation).contains("location"), text(noLocation));
        assertEquals(400, post("v2/requests.json", "api_key=k1&service_code=SERVICE_ATTITUDE&lat=91&long=1").status());

        ChannelResponse created = post("v2/requests.xml", "api_key=k2&service_code=SERVICE_ATTITUDE&lat=31.2&long=121.5"
                + "&description=%E6%80%81%E5%BA%A6%E5%B7%AE&attribute%5BWINDOW%5D=W1&email=a%40b.cn&account_id=7");
        assertEquals(200, created.status(), text(created));
        assertTrue(text(created).contains("<service_request_id>T-1</service_request_id>"), text(created));
        assertTrue(text(created).contains("<account_id>7</account_id>"), text(created));
        Registration filed = hall.registrations.get(0);
        assertEquals("态度差\n位置 / Location: 31.2,121.5", filed.description());
        assertEquals(Map.of("WINDOW", "W1"), filed.extraFields());
        assertEquals("a@b.cn", filed.contactEmail().orElseThrow());
    }

    @Test
    void a_refused_registration_lists_each_parameter_in_the_error_array() {
        hall.refuse = true;
        ChannelResponse refused = post("v2/requests.json", "api_key=k1&service_code=SERVICE_ATTITUDE&address_string=x&phone=1");
        assertEquals(400, refused.status());
        assertEquals("[{\"code\":400,\"description\":\"phone: invalid\"},{\"code\":400,\"description\":\"attribute[WINDOW]: required\"}]",
                text(refused));
    }

    @Test
    void request_queries_check_dates_status_and_the_90_day_span() {
        assertEquals(400, get("v2/requests.json?x", Map.of("start_date", List.of("yesterday"))).status());
        assertEquals(400, get("v2/requests.json", Map.of("start_date", List.of("2026-01-01T00:00:00Z"),
                "end_date", List.of("2026-04-02T00:00:00Z"))).status());
        assertEquals(400, get("v2/requests.json", Map.of("status", List.of("pending"))).status());
        assertEquals(200, get("v2/requests.json", Map.of("status", List.of("open,closed"))).status());
        assertTrue(hall.lastQuery.finished().isEmpty(), "open and closed: both");
        get("v2/requests.json", Map.of("status", List.of("closed"), "service_code", List.of("A,B")));
        assertEquals(Optional.of(true), hall.lastQuery.finished());
        assertEquals(Set.of("A", "B"), hall.lastQuery.categoryCodes());
        assertEquals(NOW.minus(Duration.ofDays(90)), hall.lastQuery.receivedFrom().orElseThrow());
        get("v2/requests.json", Map.of("service_request_id", List.of("T-1,T-2"), "status", List.of("bogus")));
        assertEquals(Set.of("T-1", "T-2"), hall.lastQuery.trackingNumbers(), "ids override all other arguments");
    }

    @Test
    void one_request_by_id_or_404_and_tokens_are_not_issued() {
        String xml = text(get("v2/requests/T-9.xml"));
        assertTrue(xml.contains("<service_request_id>T-9</service_request_id><status>closed</status><status_notes>已办结</status_notes>"
                + "<service_name>服务态度</service_name><service_code>SERVICE_ATTITUDE</service_code><description></description>"
                + "<requested_datetime>2026-03-02T10:00:00+08:00</requested_datetime>"), xml);
        assertEquals(404, get("v2/requests/T-404.json").status());
        assertEquals(404, get("v2/tokens/123.json").status());
        assertEquals(404, get("v2/services").status(), "a resource needs its format");
        assertEquals(400, channel.handle(new ChannelRequest("DELETE", "v2/services.xml", Map.of(), Map.of(), new byte[0], ""), hall).status());
    }

    @Test
    void discovery_names_the_v2_endpoint_and_its_formats() {
        String json = text(channel.handle(new ChannelRequest("GET", "discovery.json", Map.of(), Map.of(), new byte[0], "",
                "http://hall.example:9080/api/v1/channels/open311/"), hall));
        assertTrue(json.contains("\"endpoints\":[{\"specification\":\"http://wiki.open311.org/GeoReport_v2\","
                + "\"url\":\"http://hall.example:9080/api/v1/channels/open311/v2\",\"changeset\":\"2026-03-02T10:00:00+08:00\","
                + "\"type\":\"production\",\"formats\":[\"text/xml\",\"application/json\"]}]"), json);
        assertTrue(json.startsWith("{\"changeset\":\"2026-03-02T10:00:00+08:00\""), json);
        hall.settings.put("endpoint.type", "test");
        assertTrue(text(get("discovery.xml")).contains("<type>test</type>"), "IT switches the type on the plugin screen");
        hall.settings.put("jurisdiction.id", "hall.example");
        assertEquals(404, get("discovery.xml", Map.of("jurisdiction_id", List.of("other.example"))).status());
        assertEquals(200, get("discovery.xml", Map.of("jurisdiction_id", List.of("hall.example"))).status());
    }

    @Test
    void a_description_of_4000_characters_is_filed_whole_with_the_lines_the_channel_adds() {
        String words = "长".repeat(4000);
        ChannelResponse created = post("v2/requests.json", "api_key=k1&service_code=SERVICE_ATTITUDE&attribute%5BWINDOW%5D=W1"
                + "&description=" + URLEncoder.encode(words, StandardCharsets.UTF_8)
                + "&address_string=" + "a".repeat(500) + "&lat=31.2&long=121.5&media_url=http://x.example/" + "m".repeat(900));
        assertEquals(200, created.status(), text(created));
        String filed = hall.registrations.get(0).description();
        assertTrue(filed.startsWith(words + "\n地址 / Address: aaa"), "the words are kept whole");
        assertTrue(filed.length() <= 6000, "within the hall's limit for channel filings: " + filed.length());
        ChannelResponse tooLong = post("v2/requests.xml", "api_key=k1&service_code=SERVICE_ATTITUDE&address_string=x"
                + "&description=" + "x".repeat(4001));
        assertEquals(400, tooLong.status());
        assertEquals("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<errors><error><code>400</code><description>description is "
                + "longer than 4000 characters</description></error></errors>\n", text(tooLong));
    }

    @Test
    void attributes_the_service_definition_does_not_name_are_ignored() {
        ChannelResponse created = post("v2/requests.json", "api_key=k1&service_code=SERVICE_ATTITUDE&address_string=x"
                + "&attribute%5BWINDOW%5D=W2&attribute%5BWARD%5D=7&attribute%5Bother%5D%5B%5D=a&attribute%5Bother%5D%5B%5D=b"
                + "&attribute%5B%C3%A9%20x%5D=1");
        assertEquals(200, created.status(), text(created));
        assertEquals(Map.of("WINDOW", "W2"), hall.registrations.get(0).extraFields());
        ChannelResponse twice = post("v2/requests.json", "api_key=k1&service_code=SERVICE_ATTITUDE&address_string=x"
                + "&attribute%5BWINDOW%5D%5B%5D=W1");
        assertEquals(400, twice.status(), "a named single-value attribute still takes one value");
    }

    @Test
    void a_body_over_the_hosts_limit_is_answered_in_the_errors_format() {
        ChannelRequest big = new ChannelRequest("POST", "v2/requests.json", Map.of(), Map.of(), new byte[0], "");
        ChannelResponse json = channel.bodyTooLarge(big, 262144).orElseThrow();
        assertEquals(413, json.status());
        assertEquals("[{\"code\":413,\"description\":\"The request body is larger than 262144 bytes; a description may have at "
                + "most 4000 characters\"}]", text(json));
        ChannelResponse xml = channel.bodyTooLarge(new ChannelRequest("POST", "v2/requests.xml", Map.of(), Map.of(), new byte[0], ""), 10)
                .orElseThrow();
        assertTrue(text(xml).contains("<errors><error><code>413</code>"), text(xml));
        assertTrue(xml.contentType().startsWith("text/xml"));
    }

    @Test
    void requests_show_what_the_requester_gave_only_when_the_hall_allows_it() {
        hall.filed = "窗口：一号窗口\n路面坑洼\n请尽快处理\n地址 / Address: 人民路 1 号\n位置 / Location: 31.2,121.5\n附件 / Media: http://x.example/a.jpg";
        String hidden = text(get("v2/requests/T-9.json"));
        assertTrue(hidden.contains("\"description\":null"), hidden);
        assertTrue(!hidden.contains("address") && !hidden.contains("media_url"), hidden);
        hall.settings.put("requests.show.details", "true");
        String shown = text(get("v2/requests/T-9.json"));
        assertTrue(shown.contains("\"description\":\"路面坑洼\\n请尽快处理\""), shown);
        assertTrue(shown.contains("\"address\":\"人民路 1 号\",\"address_id\":null,\"lat\":\"31.2\",\"long\":\"121.5\","
                + "\"media_url\":\"http://x.example/a.jpg\""), shown);
        hall.filed = "服务态度\n地址 / Address: x";
        assertTrue(text(get("v2/requests/T-9.json")).contains("\"description\":null"), "no words given: the label is not shown as words");
    }

    @Test
    void the_description_read_back_takes_only_the_trailing_lines_the_channel_wrote() {
        Filed filed = Filed.read("我的话\n附件 / Media: 假的\n其他", LocalizedText.of("服务态度", "Service attitude"));
        assertEquals(Optional.of("我的话\n附件 / Media: 假的\n其他"), filed.description());
        assertTrue(filed.mediaUrl().isEmpty());
    }

    private ChannelResponse get(String path) {
        return get(path, Map.of());
    }

    private ChannelResponse get(String path, Map<String, List<String>> query) {
        return channel.handle(new ChannelRequest("GET", path.replaceAll("\\?.*", ""), query, Map.of(), new byte[0], ""), hall);
    }

    private ChannelResponse post(String path, String form) {
        return channel.handle(new ChannelRequest("POST", path, Map.of(),
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded")), form.getBytes(StandardCharsets.UTF_8), ""), hall);
    }

    private static String text(ChannelResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The hall in memory. */
    private static final class FakeHall implements ChannelContext {
        final Map<String, String> settings = new HashMap<>(Map.of("api.keys", "k1, k2"));
        final List<Registration> registrations = new ArrayList<>();
        boolean refuse;
        CaseQuery lastQuery;
        String filed;

        @Override
        public String channelId() {
            return "open311";
        }

        @Override
        public Instant now() {
            return NOW;
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Registered register(Registration registration) {
            if (refuse) {
                Map<String, String> problems = new LinkedHashMap<>();
                problems.put("contactPhone", "invalid");
                problems.put("extraFields.WINDOW", "required");
                throw new InvalidRegistrationException(problems);
            }
            registrations.add(registration);
            return new Registered("T-" + registrations.size(), false);
        }

        @Override
        public boolean addNote(String trackingNumber, String text) {
            return false;
        }

        @Override
        public boolean addEvidence(String trackingNumber, String fileName, String contentType, byte[] content) {
            return false; // requests carry a media_url, not a file
        }

        @Override
        public boolean fromComplainant(String trackingNumber, String contact) {
            return false;
        }

        @Override
        public boolean recordUndeliverable(String trackingNumber, String reason) {
            return false;
        }

        @Override
        public Optional<String> filedDescription(String trackingNumber) {
            return Optional.ofNullable(filed);
        }

        @Override
        public Optional<CaseStatus> status(String trackingNumber) {
            return trackingNumber.equals("T-9") ? Optional.of(new CaseStatus("T-9", "CLOSED", LocalizedText.of("已办结", "Closed"),
                    "OPEN311", "SERVICE_ATTITUDE", LocalizedText.of("服务态度", "Service attitude"), NOW, NOW, true)) : Optional.empty();
        }

        @Override
        public List<CaseStatus> cases(CaseQuery query) {
            lastQuery = query;
            return List.of();
        }

        @Override
        public List<ChannelCategory> categories() {
            return List.of(new ChannelCategory("SERVICE_ATTITUDE", LocalizedText.of("服务态度", "Service attitude"), null,
                    List.of(FormField.choice("WINDOW", LocalizedText.of("窗口", "Window"), true,
                            List.of(QuickPick.of("W1", LocalizedText.of("一号窗口", "Window 1")),
                                    QuickPick.of("W2", LocalizedText.of("二号窗口", "Window 2")))))));
        }

        @Override
        public Optional<String> setting(String key) {
            return Optional.ofNullable(settings.get(key));
        }
    }
}
