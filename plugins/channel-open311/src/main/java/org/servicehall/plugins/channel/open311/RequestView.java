package org.servicehall.plugins.channel.open311;

import static org.servicehall.plugins.channel.open311.Wording.text;
import static org.servicehall.plugins.channel.open311.Wording.w3;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicehall.plugin.api.channel.CaseStatus;
import org.servicehall.plugin.api.channel.ChannelContext;

/** One service request as GeoReport shows it when read back. */
final class RequestView {

    private RequestView() {
    }

    static Document.Items byId(String id, ChannelContext context, boolean english) throws Refused {
        CaseStatus status = context.status(id).orElseThrow(() -> new Refused(404, "service_request_id not found: " + id));
        return new Document.Items("request", List.of(of(status, context, english)));
    }

    /**
     * One request as GeoReport shows it. The complainant's name and contact stay private; the
     * description, address, location and media the requester gave are shown only when the hall
     * allows it ({@code requests.show.details}), and only for requests filed through this channel.
     */
    static Map<String, Object> of(CaseStatus status, ChannelContext context, boolean english) {
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
}
