package org.servicehall.plugins.channel.open311;

import static org.servicehall.plugins.channel.open311.Arguments.argument;
import static org.servicehall.plugins.channel.open311.Wording.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.servicehall.plugin.api.channel.ChannelCategory;
import org.servicehall.plugin.api.channel.ChannelContext;
import org.servicehall.plugin.api.channel.InvalidRegistrationException;
import org.servicehall.plugin.api.channel.Registered;
import org.servicehall.plugin.api.channel.Registration;

/**
 * POST requests: a service request filed as a complaint, its location and media as lines under the
 * requester's words (read back by {@link Filed}), its tracking number the service_request_id.
 */
final class RequestFiling {

    static final int DESCRIPTION_MAX = 4000;
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

    private RequestFiling() {
    }

    static Document.Items create(Map<String, List<String>> arguments, ChannelContext context, boolean english)
            throws Refused {
        ApiKeys.check(arguments, context);
        String code = argument(arguments, "service_code").orElseThrow(() -> new Refused(400, "service_code was not provided"));
        ChannelCategory category = Services.category(code, context);
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
        Map<String, String> attributes = Attributes.of(arguments, category, problems);
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

    private static void tooLong(Optional<String> value, String name, int max, List<String> problems) {
        if (value.isPresent() && value.get().length() > max) {
            problems.add(name + " is longer than " + max + " characters");
        }
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
}
