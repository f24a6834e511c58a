package org.servicehall.plugins.channel.open311;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.category.QuickPick;
import org.servicehall.plugin.api.channel.CaseQuery;
import org.servicehall.plugin.api.channel.CaseStatus;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.ChannelRequest;
import org.servicehall.plugin.api.channel.ChannelResponse;
import org.servicehall.plugin.api.channel.InvalidRegistrationException;
import org.servicehall.plugin.api.channel.Registered;
import org.servicehall.plugin.api.channel.Registration;
import org.servicehall.plugin.api.common.Configurable;
import org.servicehall.plugin.api.common.LocalizedText;
import org.servicehall.plugin.api.common.SettingSpec;

/**
 * Open311 GeoReport v2 at {@code /api/v1/channels/open311/}: {@code discovery.[format]} and, under
 * {@code v2/}, {@code services.[format]}, {@code services/[service_code].[format]},
 * {@code requests.[format]} (GET and POST), {@code requests/[service_request_id].[format]} and
 * {@code tokens/[token].[format]}, with format {@code xml} or {@code json}. Services are the
 * installed categories; a service request is a complaint, its id the tracking number. Names are in
 * English when the client's Accept-Language starts with {@code en}, else in Chinese.
 *
 * <p>Settings ({@code servicehall.channel.open311.<key>}): {@code api.keys} (comma-separated; none:
 * every POST is refused), {@code jurisdiction.id} (when set, another jurisdiction_id is 404),
 * {@code endpoint.url} (the v2 URL announced by discovery; default: as the client reached this endpoint),
 * {@code endpoint.type} ({@code production} or {@code test}), {@code contact}, {@code key.service},
 * {@code requests.show.details} (false: requests read back show no description, address, location
 * or media; true: what the requester gave).
 */
@Component(service = ChannelAdapter.class, property = ChannelAdapter.PROPERTY_CHANNEL_ID + "=" + Open311Channel.ID)
public class Open311Channel implements ChannelAdapter, Configurable {

    static final String ID = "open311";
    static final String CODE = "OPEN311";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private static final int DESCRIPTION_MAX = 4000;
    /*
     * What the channel adds to the description stays within these, so that 4000 characters of the
     * requester's words and every line fit the hall's limit for channel filings (6000).
     */
    private static final int ADDRESS_MAX = 500;
    private static final int ADDRESS_ID_MAX = 100;
    private static final int MEDIA_URL_MAX = 1000;
    static final String ADDRESS_LINE = "地址 / Address: ";
    static final String ADDRESS_ID_LINE = "地址编号 / Address id: ";
    static final String LOCATION_LINE = "位置 / Location: ";
    static final String MEDIA_LINE = "附件 / Media: ";
    private static final Duration MAX_SPAN = Duration.ofDays(90);

    private volatile String catalogSignature;
    private volatile Instant catalogChangedAt;

    /** The client's format, from the resource's extension. */
    enum Format {
        XML("text/xml; charset=utf-8"), JSON("application/json; charset=utf-8");

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }
    }

    /** A GeoReport error: the HTTP status and the errors to list. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient List<String> descriptions;

        Refused(int status, String... descriptions) {
            this(status, List.of(descriptions));
        }

        Refused(int status, List<String> descriptions) {
            super(String.join("; ", descriptions));
            this.status = status;
            this.descriptions = List.copyOf(descriptions);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Open311 接口", "Open311 GeoReport v2");
    }

    @Override
    public String channelCode() {
        return CODE;
    }

    @Override
    public ChannelResponse handle(ChannelRequest request, ChannelContext context) {
        String path = request.path();
        int dot = path.lastIndexOf('.');
        Format format = dot < 0 ? Format.XML : switch (path.substring(dot + 1)) {
            case "json" -> Format.JSON;
            case "xml" -> Format.XML;
            default -> null;
        };
        try {
            if (format == null || dot < 0) {
                throw new Refused(404, "Unknown resource: append .xml or .json to a GeoReport v2 resource");
            }
            String resource = path.substring(0, dot);
            boolean english = request.header("Accept-Language").map(l -> l.strip().toLowerCase(Locale.ROOT).startsWith("en"))
                    .orElse(false);
            Map<String, List<String>> arguments = arguments(request);
            checkJurisdiction(arguments, context);
            Object body;
            String root;
            if (resource.equals("discovery")) {
                requireGet(request);
                root = "discovery";
                body = discovery(request, context);
            } else if (resource.equals("v2/services")) {
                requireGet(request);
                root = "services";
                body = services(context, english);
            } else if (resource.startsWith("v2/services/")) {
                requireGet(request);
                root = "service_definition";
                body = definition(resource.substring("v2/services/".length()), context, english);
            } else if (resource.equals("v2/requests") && request.method().equals("POST")) {
                root = "service_requests";
                body = create(arguments, context, english);
            } else if (resource.equals("v2/requests")) {
                requireGet(request);
                root = "service_requests";
                body = requests(arguments, context, english);
            } else if (resource.startsWith("v2/requests/")) {
                requireGet(request);
                root = "service_requests";
                body = request(resource.substring("v2/requests/".length()), context, english);
            } else if (resource.startsWith("v2/tokens/")) {
                requireGet(request);
                throw new Refused(404, "token not found: this endpoint returns service_request_id at once and issues no tokens");
            } else {
                throw new Refused(404, "Unknown resource: " + resource);
            }
            String text = format == Format.XML ? Document.xml(root, body) : Document.json(body);
            return ChannelResponse.of(200, format.contentType, text.getBytes(StandardCharsets.UTF_8));
        } catch (Refused e) {
            return errors(e, format == null ? Format.XML : format);
        }
    }

    /** A body beyond the host's limit, refused in GeoReport's own error format. */
    @Override
    public Optional<ChannelResponse> bodyTooLarge(ChannelRequest request, int limitBytes) {
        String path = request.path();
        Format format = path.endsWith(".json") ? Format.JSON : Format.XML;
        return Optional.of(errors(new Refused(413, "The request body is larger than " + limitBytes
                + " bytes; a description may have at most " + DESCRIPTION_MAX + " characters"), format));
    }

    private static ChannelResponse errors(Refused e, Format format) {
        List<Object> errors = new ArrayList<>();
        for (String description : e.descriptions) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", e.status);
            error.put("description", description);
            errors.add(error);
        }
        Document.Items items = new Document.Items("error", errors);
        String text = format == Format.XML ? Document.xml("errors", items) : Document.json(items);
        return ChannelResponse.of(e.status, format.contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void requireGet(ChannelRequest request) throws Refused {
        if (!request.method().equals("GET")) {
            throw new Refused(400, request.method() + " is not a GeoReport v2 method of this resource");
        }
    }

    /** The query string's arguments, and for POST those of the form-encoded body (which win). */
    private static Map<String, List<String>> arguments(ChannelRequest request) throws Refused {
        Map<String, List<String>> arguments = new LinkedHashMap<>(request.query());
        if (request.method().equals("POST")) {
            String body;
            try {
                body = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(request.body())).toString();
            } catch (CharacterCodingException e) {
                throw new Refused(400, "The request body must be UTF-8");
            }
            try {
                arguments.putAll(Form.parse(body));
            } catch (IllegalArgumentException e) {
                throw new Refused(400, "The request body is not application/x-www-form-urlencoded");
            }
        }
        return arguments;
    }

    /** The first non-blank value of an argument; a blank one counts as absent ("Optional Arguments"). */
    private static Optional<String> argument(Map<String, List<String>> arguments, String name) {
        List<String> values = arguments.get(name);
        return values == null ? Optional.empty()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst();
    }

    private static void checkJurisdiction(Map<String, List<String>> arguments, ChannelContext context) throws Refused {
        Optional<String> ours = context.setting("jurisdiction.id").filter(s -> !s.isBlank()).map(String::strip);
        Optional<String> asked = argument(arguments, "jurisdiction_id");
        if (ours.isPresent() && asked.isPresent() && !ours.get().equals(asked.get())) {
            throw new Refused(404, "jurisdiction_id not found: " + asked.get());
        }
    }

    private Map<String, Object> discovery(ChannelRequest request, ChannelContext context) {
        String changeset = changeset(context);
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", context.setting("endpoint.url").filter(s -> !s.isBlank()).orElseGet(() -> endpointUrl(request)));
        endpoint.put("changeset", changeset);
        endpoint.put("type", context.setting("endpoint.type").map(String::strip).filter(s -> s.equalsIgnoreCase("test"))
                .map(s -> "test").orElse("production"));
        endpoint.put("formats", new Document.Items("format", List.of("text/xml", "application/json")));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", changeset);
        discovery.put("contact", context.setting("contact")
                .orElse("政务服务中心投诉专岗 / The service center's complaints desk"));
        discovery.put("key_service", context.setting("key.service")
                .orElse("api_key 请向政务服务中心信息科申请 / Ask the service center's IT office for an api_key"));
        discovery.put("endpoints", new Document.Items("endpoint", List.of(endpoint)));
        return discovery;
    }

    private static String endpointUrl(ChannelRequest request) {
        return request.endpointUri().isEmpty() ? "/api/v1/channels/" + ID + "/v2" : request.endpointUri() + "v2";
    }

    /** When the services last changed as this plugin saw them: the discovery's changeset. */
    private String changeset(ChannelContext context) {
        String signature = context.categories().stream()
                .map(c -> c.code() + "|" + c.label().zh() + "|" + c.label().en() + "|"
                        + c.fields().stream().map(f -> f.code() + ":" + f.type() + ":" + f.required()).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
        synchronized (this) {
            if (!signature.equals(catalogSignature)) {
                catalogSignature = signature;
                catalogChangedAt = context.now();
            }
            // ISO 8601 with the hall's offset, as the specification's example shows
            return w3(catalogChangedAt, context.zone());
        }
    }

    private static Document.Items services(ChannelContext context, boolean english) {
        List<Object> services = new ArrayList<>();
        for (ChannelCategory category : context.categories()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", category.code());
            service.put("service_name", text(category.label(), english));
            service.put("description", category.explanation().map(e -> text(e, english)).orElse(text(category.label(), english)));
            service.put("metadata", !category.fields().isEmpty());
            service.put("type", "realtime");
            service.put("keywords", "");
            service.put("group", english ? "Complaints" : "投诉");
            services.add(service);
        }
        return new Document.Items("service", services);
    }

    private static Map<String, Object> definition(String code, ChannelContext context, boolean english) throws Refused {
        ChannelCategory category = category(code, context);
        List<Object> attributes = new ArrayList<>();
        int order = 1;
        for (FormField field : category.fields()) {
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put("variable", true);
            attribute.put("code", field.code());
            attribute.put("datatype", switch (field.type()) {
                case TEXT -> "string";
                case NUMBER -> "number";
                case DATE -> "datetime";
                case CHOICE -> "singlevaluelist";
            });
            attribute.put("required", field.required());
            attribute.put("datatype_description", switch (field.type()) {
                case TEXT -> english ? "At most " + field.maxLength() + " characters" : "最多 " + field.maxLength() + " 个字";
                case NUMBER -> english ? "A whole number from " + field.min() + " to " + field.max()
                        : field.min() + " 到 " + field.max() + " 之间的整数";
                case DATE -> english ? "A date, e.g. 2026-03-01" : "日期，例如 2026-03-01";
                case CHOICE -> english ? "One of the values" : "从下列选项中选一项";
            });
            attribute.put("order", order++);
            attribute.put("description", text(field.label(), english));
            if (field.type() == FormField.Type.CHOICE) {
                List<Object> values = new ArrayList<>();
                for (QuickPick choice : field.choices()) {
                    Map<String, Object> value = new LinkedHashMap<>();
                    value.put("key", choice.code());
                    value.put("name", text(choice.label(), english));
                    values.add(value);
                }
                attribute.put("values", new Document.Items("value", values));
            }
            attributes.add(attribute);
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        definition.put("attributes", new Document.Items("attribute", attributes));
        return definition;
    }

    private static ChannelCategory category(String code, ChannelContext context) throws Refused {
        if (code == null || code.isBlank()) {
            throw new Refused(400, "service_code was not provided");
        }
        return context.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new Refused(404, "service_code not found: " + code));
    }

    private static Document.Items create(Map<String, List<String>> arguments, ChannelContext context, boolean english)
            throws Refused {
        checkApiKey(arguments, context);
        String code = argument(arguments, "service_code").orElseThrow(() -> new Refused(400, "service_code was not provided"));
        ChannelCategory category = category(code, context);
        Optional<String> lat = argument(arguments, "lat");
        Optional<String> lon = argument(arguments, "long");
        Optional<String> address = argument(arguments, "address_string");
        Optional<String> addressId = argument(arguments, "address_id");
        List<String> problems = new ArrayList<>();
        if (lat.isPresent() != lon.isPresent()) {
            problems.add("lat and long must be sent together");
        } else if (lat.isPresent() && !(coordinate(lat.get(), 90) && coordinate(lon.get(), 180))) {
            problems.add("lat and long must be WGS84 decimal degrees");
        }
        if (lat.isEmpty() && address.isEmpty() && addressId.isEmpty()) {
            problems.add("A full location parameter must be submitted: lat & long, address_string or address_id");
        }
        Optional<String> description = argument(arguments, "description");
        Optional<String> media = argument(arguments, "media_url");
        tooLong(description, "description", DESCRIPTION_MAX, problems);
        tooLong(address, "address_string", ADDRESS_MAX, problems);
        tooLong(addressId, "address_id", ADDRESS_ID_MAX, problems);
        tooLong(media, "media_url", MEDIA_URL_MAX, problems);
        Map<String, String> attributes = attributes(arguments, category, problems);
        if (!problems.isEmpty()) {
            throw new Refused(400, problems);
        }
        // The requester's words, then one line per location and media argument, in this order (read back by Filed).
        StringBuilder text = new StringBuilder(description.orElse(text(category.label(), english)));
        address.ifPresent(a -> text.append('\n').append(ADDRESS_LINE).append(Filed.oneLine(a)));
        addressId.ifPresent(a -> text.append('\n').append(ADDRESS_ID_LINE).append(Filed.oneLine(a)));
        lat.ifPresent(l -> text.append('\n').append(LOCATION_LINE).append(l).append(',').append(lon.get()));
        media.ifPresent(m -> text.append('\n').append(MEDIA_LINE).append(Filed.oneLine(m)));
        String name = (argument(arguments, "first_name").orElse("") + " " + argument(arguments, "last_name").orElse("")).strip();
        Registration.Builder registration = Registration.builder("o311-" + UUID.randomUUID())
                .category(category.code()).description(text.toString())
                .contactName(name.isEmpty() ? null : name)
                .contactPhone(argument(arguments, "phone").orElse(null))
                .contactEmail(argument(arguments, "email").orElse(null));
        attributes.forEach(registration::extraField);
        Registered registered;
        try {
            registered = context.register(registration.build());
        } catch (InvalidRegistrationException e) {
            throw new Refused(400, e.problems().entrySet().stream()
                    .map(p -> parameter(p.getKey()) + ": " + p.getValue()).toList());
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", registered.trackingNumber());
        created.put("service_notice", english
                ? "Received; the service center answers within its working-day deadlines. Quote this number."
                : "已受理，政务服务中心将在规定的工作日时限内处理，请凭此编号查询。");
        created.put("account_id", argument(arguments, "account_id").orElse(null));
        return new Document.Items("request", List.of(created));
    }

    private static void checkApiKey(Map<String, List<String>> arguments, ChannelContext context) throws Refused {
        Optional<String> given = argument(arguments, "api_key");
        if (given.isEmpty()) {
            throw new Refused(403, "api_key is missing -- can't proceed with create_request");
        }
        byte[] key = given.get().getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (String candidate : context.setting("api.keys").orElse("").split(",")) {
            // every configured key is compared in full, in constant time
            known |= !candidate.isBlank() && MessageDigest.isEqual(candidate.strip().getBytes(StandardCharsets.UTF_8), key);
        }
        if (!known) {
            throw new Refused(403, "Invalid api_key received -- can't proceed with create_request");
        }
    }

    private static void tooLong(Optional<String> value, String name, int max, List<String> problems) {
        if (value.isPresent() && value.get().length() > max) {
            problems.add(name + " is longer than " + max + " characters");
        }
    }

    /**
     * {@code attribute[code]=value} for the attributes the service definition names; others are
     * ignored, as a client may send what another city's definition asked for. A date or datetime
     * keeps its date.
     */
    private static Map<String, String> attributes(Map<String, List<String>> arguments, ChannelCategory category,
                                                  List<String> problems) {
        Set<String> named = category.fields().stream().map(FormField::code).collect(Collectors.toSet());
        Map<String, String> attributes = new LinkedHashMap<>();
        arguments.forEach((name, values) -> {
            java.util.regex.Matcher m = ATTRIBUTE.matcher(name);
            if (!m.matches() || !named.contains(m.group(1))) {
                return;
            }
            if (m.group(2) != null) {
                problems.add(name + ": this service takes one value per attribute, as attribute[code]=value");
                return;
            }
            String code = m.group(1);
            List<String> given = values.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
            if (given.size() > 1) {
                problems.add(name + ": only one value is allowed");
            } else if (given.size() == 1) {
                attributes.put(code, dateOrSelf(given.get(0)));
            }
        });
        return attributes;
    }

    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("attribute\\[([^\\]]*)\\](\\[\\])?");

    private static String dateOrSelf(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            try {
                return OffsetDateTime.parse(value).toLocalDate().toString();
            } catch (DateTimeParseException e) {
                return value.substring(0, 10);
            }
        }
        return value;
    }

    private static String parameter(String field) {
        return switch (field) {
            case "category" -> "service_code";
            case "contactPhone" -> "phone";
            case "contactName" -> "first_name/last_name";
            case "contactEmail" -> "email";
            default -> field.startsWith("extraFields.") ? "attribute[" + field.substring("extraFields.".length()) + "]" : field;
        };
    }

    private static boolean coordinate(String text, double limit) {
        try {
            double value = Double.parseDouble(text);
            return !Double.isNaN(value) && Math.abs(value) <= limit && text.matches("-?\\d{1,3}(\\.\\d+)?");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Document.Items requests(Map<String, List<String>> arguments, ChannelContext context, boolean english)
            throws Refused {
        Optional<String> ids = argument(arguments, "service_request_id");
        CaseQuery.Builder query = CaseQuery.builder().limit(CaseQuery.MAX_LIMIT);
        if (ids.isPresent()) {
            // "This overrides all other arguments."
            query.trackingNumbers(list(ids.get()));
        } else {
            Optional<Instant> start = date(arguments, "start_date");
            Optional<Instant> end = date(arguments, "end_date");
            Instant to = end.orElseGet(() -> start.map(s -> s.plus(MAX_SPAN)).orElse(context.now()));
            Instant from = start.orElse(to.minus(MAX_SPAN));
            if (from.isAfter(to)) {
                throw new Refused(400, "start_date is after end_date");
            }
            if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
                throw new Refused(400, "start_date and end_date may not span more than 90 days");
            }
            query.receivedBetween(from, to);
            argument(arguments, "service_code").ifPresent(codes -> query.categoryCodes(list(codes)));
            Optional<String> status = argument(arguments, "status");
            if (status.isPresent()) {
                Set<String> statuses = list(status.get());
                if (!Set.of("open", "closed").containsAll(statuses)) {
                    throw new Refused(400, "status must be open, closed or both, comma delimited");
                }
                query.finished(statuses.size() == 2 ? null : statuses.contains("closed"));
            }
        }
        List<Object> found = new ArrayList<>();
        for (CaseStatus status : context.cases(query.build())) {
            found.add(request(status, context, english));
        }
        return new Document.Items("request", found);
    }

    private static Document.Items request(String id, ChannelContext context, boolean english) throws Refused {
        CaseStatus status = context.status(id).orElseThrow(() -> new Refused(404, "service_request_id not found: " + id));
        return new Document.Items("request", List.of(request(status, context, english)));
    }

    /**
     * One request as GeoReport shows it. The complainant's name and contact stay private; the
     * description, address, location and media the requester gave are shown only when the hall
     * allows it ({@code requests.show.details}), and only for requests filed through this channel.
     */
    private static Map<String, Object> request(CaseStatus status, ChannelContext context, boolean english) {
        ZoneId zone = context.zone();
        Optional<Filed> filed = showDetails(context)
                ? context.filedDescription(status.trackingNumber()).map(d -> Filed.read(d, status.categoryLabel(),
                        context.categories().stream().filter(c -> c.code().equals(status.categoryCode()))
                                .flatMap(c -> c.fields().stream()).map(f -> f.label().zh()).toList()))
                : Optional.empty();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("service_request_id", status.trackingNumber());
        request.put("status", status.finished() ? "closed" : "open");
        request.put("status_notes", text(status.statusLabel(), english));
        request.put("service_name", text(status.categoryLabel(), english));
        request.put("service_code", status.categoryCode());
        request.put("description", filed.flatMap(Filed::description).orElse(null));
        request.put("requested_datetime", w3(status.receivedAt(), zone));
        request.put("updated_datetime", w3(status.updatedAt(), zone));
        if (filed.isPresent()) {
            request.put("address", filed.get().address().orElse(null));
            request.put("address_id", filed.get().addressId().orElse(null));
            request.put("lat", filed.get().lat().orElse(null));
            request.put("long", filed.get().lon().orElse(null));
            request.put("media_url", filed.get().mediaUrl().orElse(null));
        }
        return request;
    }

    private static boolean showDetails(ChannelContext context) {
        return context.setting("requests.show.details").map(String::strip).map(Boolean::parseBoolean).orElse(false);
    }

    private static Optional<Instant> date(Map<String, List<String>> arguments, String name) throws Refused {
        Optional<String> text = argument(arguments, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.get()).toInstant());
        } catch (DateTimeParseException e) {
            try {
                // the w3 note also allows a date alone
                return Optional.of(LocalDate.parse(text.get()).atStartOfDay(ZoneId.of("UTC")).toInstant());
            } catch (DateTimeParseException again) {
                throw new Refused(400, name + " must use the w3 format, e.g. 2010-01-01T00:00:00Z");
            }
        }
    }

    private static Set<String> list(String commaDelimited) {
        return Arrays.stream(commaDelimited.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String w3(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String text(LocalizedText text, boolean english) {
        return english ? text.en() : text.zh();
    }
    @Override
    public List<SettingSpec> settings() {
        return List.of(
                SettingSpec.required("api.keys", SettingSpec.Type.SECRET, LocalizedText.of("API 密钥", "API keys"),
                        LocalizedText.of("允许提交诉求的 api_key，用逗号分隔；未设置时拒收所有提交。",
                                "The api_key values allowed to post requests, comma-separated; without them every post is refused.")),
                SettingSpec.of("jurisdiction.id", SettingSpec.Type.TEXT, "", LocalizedText.of("辖区标识", "Jurisdiction id"),
                        LocalizedText.of("Open311 的 jurisdiction_id；设置后请求须与之相符。",
                                "Open311 jurisdiction_id; when set, requests must name it.")),
                SettingSpec.of("endpoint.url", SettingSpec.Type.TEXT, "", LocalizedText.of("公开地址", "Public endpoint URL"),
                        LocalizedText.of("服务发现中公布的地址；留空则按请求地址生成。",
                                "The address discovery announces; empty: derived from the request.")),
                SettingSpec.of("endpoint.type", SettingSpec.Type.TEXT, "production", LocalizedText.of("接口类型", "Endpoint type"),
                        LocalizedText.of("服务发现中公布的接口类型：production（正式）或 test（测试）。",
                                "The endpoint type discovery announces: production or test.")),
                SettingSpec.of("requests.show.details", SettingSpec.Type.FLAG, "false",
                        LocalizedText.of("查询时显示诉求内容", "Show what requesters gave"),
                        LocalizedText.of("开启后，按编号查询诉求时返回提交者填写的描述、地址、经纬度和媒体链接（姓名和联系方式始终不返回）；"
                                        + "因任何持有编号者都能查询，默认关闭。",
                                "When on, requests read back show the description, address, lat/long and media_url the "
                                        + "requester gave (never name or contact); off by default, since anyone with the number can read them.")),
                SettingSpec.of("contact", SettingSpec.Type.TEXT, "", LocalizedText.of("联系方式", "Contact"),
                        LocalizedText.of("服务发现中公布的联系方式。", "The contact discovery announces.")),
                SettingSpec.of("key.service", SettingSpec.Type.TEXT, "", LocalizedText.of("密钥申请方式", "Key service"),
                        LocalizedText.of("服务发现中公布的 api_key 申请方式。", "Where discovery says an api_key can be requested.")));
    }

}
