package org.servicehall.plugins.channel.open311;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.servicehall.plugin.api.channel.ChannelAdapter;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.ChannelRequest;
import org.servicehall.plugin.api.channel.ChannelResponse;
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

    /** When the services last changed, for discovery. */
    private final Changeset changeset = new Changeset();

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
            Map<String, List<String>> arguments = Arguments.parse(request);
            checkJurisdiction(arguments, context);
            Object body;
            String root;
            if (resource.equals("discovery")) {
                requireGet(request);
                root = "discovery";
                body = Discovery.of(request, context, changeset);
            } else if (resource.equals("v2/services")) {
                requireGet(request);
                root = "services";
                body = Services.list(context, english);
            } else if (resource.startsWith("v2/services/")) {
                requireGet(request);
                root = "service_definition";
                body = Services.definition(resource.substring("v2/services/".length()), context, english);
            } else if (resource.equals("v2/requests") && request.method().equals("POST")) {
                root = "service_requests";
                body = RequestFiling.create(arguments, context, english);
            } else if (resource.equals("v2/requests")) {
                requireGet(request);
                root = "service_requests";
                body = RequestSearch.find(arguments, context, english);
            } else if (resource.startsWith("v2/requests/")) {
                requireGet(request);
                root = "service_requests";
                body = RequestView.byId(resource.substring("v2/requests/".length()), context, english);
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
                + " bytes; a description may have at most " + RequestFiling.DESCRIPTION_MAX + " characters"), format));
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

    private static void checkJurisdiction(Map<String, List<String>> arguments, ChannelContext context) throws Refused {
        Optional<String> ours = context.setting("jurisdiction.id").filter(s -> !s.isBlank()).map(String::strip);
        Optional<String> asked = Arguments.argument(arguments, "jurisdiction_id");
        if (ours.isPresent() && asked.isPresent() && !ours.get().equals(asked.get())) {
            throw new Refused(404, "jurisdiction_id not found: " + asked.get());
        }
    }

    @Override
    public List<SettingSpec> settings() {
        return Open311Settings.all();
    }
}
