package org.servicehall.plugins.channel.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.ChannelRequest;

/** GeoReport's service discovery: where the v2 endpoint is, its formats, contact and changeset. */
final class Discovery {

    private Discovery() {
    }

    static Map<String, Object> of(ChannelRequest request, ChannelContext context, Changeset changesets) {
        String changeset = changesets.changeset(context);
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", Open311Channel.SPECIFICATION);
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
        return request.endpointUri().isEmpty() ? "/api/v1/channels/" + Open311Channel.ID + "/v2" : request.endpointUri() + "v2";
    }
}
