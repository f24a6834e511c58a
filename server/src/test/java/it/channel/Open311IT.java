package it.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Api;
import it.support.Api.Reply;
import it.support.PluginFolder;
import it.support.Staff;
import it.support.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Open311 GeoReport v2 plugin on the real server, as an Open311 client sees it: every method in
 * XML and in JSON, the errors in the specification's format and status codes, and the service list
 * following the installed category plugins.
 */
class Open311IT {

    private static final String BASE = "/api/v1/channels/open311/";
    static final String KEY = "it-open311-key";

    @BeforeAll
    static void serverIsReady() {
        TestServer.awaitReady();
        assertTrue(HotlineChannelIT.waitUntil(() -> get("v2/services.json").status() == 200, Duration.ofSeconds(20)),
                "the Open311 channel did not come up");
    }

    @Test
    void discovery_names_the_georeport_v2_endpoint_in_xml_and_json() throws Exception {
        Reply xml = get("discovery.xml");
        assertEquals(200, xml.status());
        assertEquals("text/xml;charset=utf-8", contentType(xml));
        assertTrue(xml.body().startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
        Element endpoint = (Element) xml(xml).getElementsByTagName("endpoint").item(0);
        assertEquals("http://wiki.open311.org/GeoReport_v2", text(endpoint, "specification"));
        assertEquals(TestServer.uri(BASE + "v2").toString(), text(endpoint, "url"));
        assertEquals(2, endpoint.getElementsByTagName("format").getLength());

        Reply json = get("discovery.json");
        assertEquals("application/json;charset=utf-8", contentType(json));
        JsonObject discovery = json.json();
        assertFalse(discovery.getString("changeset").isBlank());
        assertFalse(discovery.getString("key_service").isBlank());
        JsonObject first = discovery.getJsonArray("endpoints").getJsonObject(0);
        assertEquals("production", first.getString("type"));
        assertEquals(List.of("text/xml", "application/json"), strings(first.getJsonArray("formats")));
    }

    @Test
    void the_service_list_is_the_installed_categories_and_follows_a_category_plugin() throws Exception {
        Reply xml = get("v2/services.xml");
        assertEquals(200, xml.status());
        NodeList services = xml(xml).getElementsByTagName("service");
        assertTrue(services.getLength() >= 4);
        JsonArray json = get("v2/services.json").jsonArray();
        Map<String, JsonObject> byCode = json.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(s -> s.getString("service_code"), s -> s));
        assertTrue(byCode.keySet().containsAll(List.of("SERVICE_ATTITUDE", "BUSINESS_HANDLING", "POLICY_CONSULTATION",
                "FACILITIES_ENVIRONMENT")), byCode.keySet().toString());
        assertEquals("业务办理", byCode.get("BUSINESS_HANDLING").getString("service_name"));
        assertTrue(byCode.get("BUSINESS_HANDLING").getBoolean("metadata"));
        assertEquals("realtime", byCode.get("BUSINESS_HANDLING").getString("type"));
        assertEquals("Business handling", get("v2/services.json", "Accept-Language", "en").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(s -> s.getString("service_code").equals("BUSINESS_HANDLING"))
                .findFirst().orElseThrow().getString("service_name"));
        String changeset = get("discovery.json").json().getString("changeset");

        try {
            PluginFolder.dropSample();
            assertTrue(HotlineChannelIT.waitUntil(() -> codes(get("v2/services.json")).contains("QUEUEING"), Duration.ofSeconds(10)),
                    "the sample category plugin's service did not appear");
            JsonObject definition = get("v2/services/QUEUEING.json").json();
            assertEquals("datetime", definition.getJsonArray("attributes").getJsonObject(0).getString("datatype"));
            assertTrue(get("discovery.json").json().getString("changeset").compareTo(changeset) >= 0);
        } finally {
            PluginFolder.removeSample();
        }
        assertTrue(HotlineChannelIT.waitUntil(() -> !codes(get("v2/services.json")).contains("QUEUEING"), Duration.ofSeconds(10)),
                "the removed category plugin's service is still listed");
    }

    @Test
    void a_service_definition_lists_the_category_fields_as_attributes() throws Exception {
        JsonObject definition = get("v2/services/BUSINESS_HANDLING.json").json();
        assertEquals("BUSINESS_HANDLING", definition.getString("service_code"));
        JsonObject service = definition.getJsonArray("attributes").getJsonObject(0);
        assertEquals("SERVICE", service.getString("code"));
        assertEquals("singlevaluelist", service.getString("datatype"));
        assertTrue(service.getBoolean("variable"));
        assertFalse(service.getBoolean("required"));
        assertEquals(1, service.getInt("order"));
        assertEquals("REAL_ESTATE", service.getJsonArray("values").getJsonObject(0).getString("key"));
        assertEquals("number", definition.getJsonArray("attributes").getJsonObject(1).getString("datatype"));

        Document xml = xml(get("v2/services/BUSINESS_HANDLING.xml"));
        assertEquals("service_definition", xml.getDocumentElement().getTagName());
        assertEquals(2, xml.getElementsByTagName("attribute").getLength());
        assertEquals(6, xml.getElementsByTagName("value").getLength());

        assertError(get("v2/services/NO_SUCH.xml"), 404, "xml");
        assertError(get("v2/services/NO_SUCH.json"), 404, "json");
    }

    @Test
    void a_request_is_created_with_an_api_key_and_found_again_by_its_id() throws Exception {
        Reply created = post("v2/requests.json", Map.of("api_key", KEY, "service_code", "BUSINESS_HANDLING",
                "address_string", "市民中心二楼 12 号窗口", "description", "不动产登记材料被退回三次，每次说法不同。",
                "first_name", "雷", "last_name", "李", "phone", "13800138000",
                "attribute[SERVICE]", "REAL_ESTATE", "attribute[VISITS]", "3"));
        assertEquals(200, created.status(), created.body());
        JsonObject request = created.jsonArray().getJsonObject(0);
        String id = request.getString("service_request_id");
        assertFalse(request.containsKey("token"), "no token when the id is returned");
        assertFalse(request.getString("service_notice").isBlank());

        JsonObject stored = Staff.SUPERVISOR.view(id);
        assertEquals("OPEN311", stored.getString("channel"));
        assertEquals("open311", stored.getString("externalSource"));
        assertTrue(stored.getString("description").contains("市民中心二楼"));

        Reply asXml = post("v2/requests.xml", Map.of("api_key", "second-key", "service_code", "SERVICE_ATTITUDE",
                "lat", "31.2304", "long", "121.4737", "email", "citizen@example.cn"));
        assertEquals(200, asXml.status(), asXml.body());
        String second = text(xml(asXml).getDocumentElement(), "service_request_id");

        JsonObject one = get("v2/requests/" + id + ".json").jsonArray().getJsonObject(0);
        assertEquals(id, one.getString("service_request_id"));
        assertEquals("open", one.getString("status"));
        assertEquals("BUSINESS_HANDLING", one.getString("service_code"));
        assertEquals("业务办理", one.getString("service_name"));
        assertTrue(one.isNull("description"), "the complainant's words stay private");
        assertTrue(one.getString("requested_datetime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"),
                one.getString("requested_datetime"));
        Element asElement = (Element) xml(get("v2/requests/" + second + ".xml")).getElementsByTagName("request").item(0);
        assertEquals("SERVICE_ATTITUDE", text(asElement, "service_code"));

        JsonArray both = get("v2/requests.json?service_request_id=" + id + "," + second).jsonArray();
        assertEquals(2, both.size());
        assertTrue(ids(get("v2/requests.json?status=open&service_code=BUSINESS_HANDLING")).contains(id));
        assertFalse(ids(get("v2/requests.json?status=closed")).contains(id));
        assertFalse(ids(get("v2/requests.json?service_code=SERVICE_ATTITUDE")).contains(id));
        String start = Instant.now().minus(Duration.ofDays(1)).toString().replaceAll("\\.\\d+Z", "Z");
        assertTrue(ids(get("v2/requests.json?start_date=" + start)).contains(id));
        Document list = xml(get("v2/requests.xml?service_request_id=" + id));
        assertEquals("service_requests", list.getDocumentElement().getTagName());
        assertEquals(1, list.getElementsByTagName("request").getLength());

        assertError(get("v2/requests/TS-20000101-99999.json"), 404, "json");
        assertError(get("v2/requests/nonsense.xml"), 404, "xml");
    }

    @Test
    void bad_requests_get_the_errors_array_with_the_spec_status_codes() throws Exception {
        assertError(post("v2/requests.xml", Map.of("service_code", "SERVICE_ATTITUDE", "address_string", "x")), 403, "xml");
        assertError(post("v2/requests.json", Map.of("api_key", "wrong", "service_code", "SERVICE_ATTITUDE",
                "address_string", "x")), 403, "json");
        assertError(post("v2/requests.json", Map.of("api_key", KEY, "address_string", "x")), 400, "json");
        assertError(post("v2/requests.json", Map.of("api_key", KEY, "service_code", "NO_SUCH", "address_string", "x")), 404, "json");
        Reply noLocation = post("v2/requests.json", Map.of("api_key", KEY, "service_code", "SERVICE_ATTITUDE"));
        assertError(noLocation, 400, "json");
        Reply badAnswers = post("v2/requests.xml", Map.of("api_key", KEY, "service_code", "BUSINESS_HANDLING",
                "address_string", "x", "attribute[VISITS]", "many", "phone", "12"));
        assertError(badAnswers, 400, "xml");
        assertTrue(badAnswers.body().contains("attribute[VISITS]"), badAnswers.body());
        assertTrue(badAnswers.body().contains("phone"), badAnswers.body());
        assertError(get("v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"), 400, "json");
        assertError(get("v2/requests.json?start_date=yesterday"), 400, "json");
        assertError(get("v2/requests.json?status=pending"), 400, "json");
        assertError(get("v2/tokens/12345.xml"), 404, "xml");
        assertError(get("v2/nothing.json"), 404, "json");
        Reply notUtf8 = Api.send(HttpRequest.newBuilder(TestServer.uri(BASE + "v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28})));
        assertError(notUtf8, 400, "json");
        Api.fileAnonymously("SERVICE_ATTITUDE", "Open311 出错时网站照常受理。");
    }

    @Test
    void what_an_outside_client_sends_is_taken_a_long_description_unknown_attributes_and_international_phones() throws Exception {
        String words = "材料被退回，窗口说法前后不一。".repeat(267).substring(0, 4000); // the specification's limit
        assertEquals(4000, words.length());
        Reply created = post("v2/requests.json", Map.ofEntries(Map.entry("api_key", KEY),
                Map.entry("service_code", "BUSINESS_HANDLING"), Map.entry("address_string", "市民中心二楼 12 号窗口"),
                Map.entry("lat", "31.2304"), Map.entry("long", "121.4737"),
                Map.entry("media_url", "https://photos.example/" + "p".repeat(300) + ".jpg"), Map.entry("description", words),
                Map.entry("phone", "+44 20 7946 0000"), Map.entry("attribute[SERVICE]", "REAL_ESTATE"),
                Map.entry("attribute[WARD]", "7"), Map.entry("attribute[report_type][]", "pothole")));
        assertEquals(200, created.status(), created.body());
        String id = created.jsonArray().getJsonObject(0).getString("service_request_id");
        JsonObject stored = Staff.SUPERVISOR.view(id);
        assertTrue(stored.getString("description").contains(words + "\n地址 / Address: 市民中心二楼 12 号窗口"),
                "the description is kept whole with the channel's lines: " + stored.getString("description").length());
        assertFalse(stored.getString("description").contains("WARD"), "an attribute the service does not name is ignored");
        assertTrue(stored.getString("description").contains("附件 / Media: https://photos.example/"));
        assertFalse(stored.getJsonObject("complainant").getBoolean("anonymous"), "the international number is the contact");

        Reply chinese = post("v2/requests.json", Map.of("api_key", KEY, "service_code", "SERVICE_ATTITUDE",
                "address_string", "x", "phone", "+86 138 0013 8000"));
        assertEquals(200, chinese.status(), chinese.body());

        Reply tooLong = post("v2/requests.xml", Map.of("api_key", KEY, "service_code", "SERVICE_ATTITUDE",
                "address_string", "x", "description", words + "多"));
        assertError(tooLong, 400, "xml");
        assertTrue(tooLong.body().contains("description is longer than 4000 characters"), tooLong.body());
    }

    @Test
    void a_body_over_the_hosts_limit_is_answered_in_the_georeport_errors_format() throws Exception {
        byte[] huge = ("api_key=" + KEY + "&service_code=SERVICE_ATTITUDE&address_string=x&description="
                + "a".repeat(300 * 1024)).getBytes(StandardCharsets.UTF_8);
        for (String format : List.of("xml", "json")) {
            Reply refused = Api.send(HttpRequest.newBuilder(TestServer.uri(BASE + "v2/requests." + format))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
            assertError(refused, 413, format);
            assertTrue(refused.body().contains("larger than"), refused.body());
        }
    }

    @Test
    void the_discovery_changeset_is_iso_8601_with_the_halls_offset() throws Exception {
        JsonObject discovery = get("discovery.json").json();
        assertTrue(discovery.getString("changeset").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"),
                discovery.getString("changeset"));
        assertEquals(discovery.getString("changeset"), discovery.getJsonArray("endpoints").getJsonObject(0).getString("changeset"));
    }

    private static void assertError(Reply reply, int status, String format) throws Exception {
        assertEquals(status, reply.status(), reply.body());
        assertFalse(reply.body().contains("Exception"), reply.body());
        if (format.equals("xml")) {
            assertEquals("text/xml;charset=utf-8", contentType(reply));
            Document errors = xml(reply);
            assertEquals("errors", errors.getDocumentElement().getTagName());
            Element error = (Element) errors.getElementsByTagName("error").item(0);
            assertEquals(Integer.toString(status), text(error, "code"));
            assertFalse(text(error, "description").isBlank());
        } else {
            assertEquals("application/json;charset=utf-8", contentType(reply));
            JsonObject error = reply.jsonArray().getJsonObject(0);
            assertEquals(status, error.getInt("code"));
            assertFalse(error.getString("description").isBlank());
        }
    }

    private static String contentType(Reply reply) {
        return reply.header("Content-Type").toLowerCase().replace(" ", "");
    }

    private static List<String> codes(Reply services) {
        return services.status() != 200 ? List.of() : services.jsonArray().stream()
                .map(s -> s.asJsonObject().getString("service_code")).toList();
    }

    private static List<String> ids(Reply requests) {
        assertEquals(200, requests.status(), requests.body());
        return requests.jsonArray().stream().map(r -> r.asJsonObject().getString("service_request_id")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static Document xml(Reply reply) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(reply.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    static Reply get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.uri(BASE + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Api.send(request);
    }

    static Reply post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Api.send(HttpRequest.newBuilder(TestServer.uri(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }
}
