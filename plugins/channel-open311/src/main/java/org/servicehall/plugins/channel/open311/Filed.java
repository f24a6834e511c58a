package org.servicehall.plugins.channel.open311;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.servicehall.plugin.api.common.LocalizedText;

/**
 * A request's description as this channel filed it, read back into what the requester gave: the
 * lines the hall puts first for the category's attributes ({@code 标签：值}), their words, then the
 * lines the channel appended in a fixed order (address, address id, location, media). Only the
 * trailing lines in that order count, so the requester's own text never moves into another field.
 */
record Filed(Optional<String> description, Optional<String> address, Optional<String> addressId, Optional<String> lat,
             Optional<String> lon, Optional<String> mediaUrl) {

    /** Line breaks in an argument would be read back as lines of their own. */
    static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** @param categoryLabel the text filed when the requester gave no description */
    static Filed read(String filed, LocalizedText categoryLabel) {
        return read(filed, categoryLabel, List.of());
    }

    /**
     * @param categoryLabel   the text filed when the requester gave no description
     * @param attributeLabels the Chinese labels of the category's attributes, whose lines lead the text
     */
    static Filed read(String filed, LocalizedText categoryLabel, List<String> attributeLabels) {
        List<String> lines = new ArrayList<>(Arrays.asList(filed.split("\n", -1)));
        while (lines.size() > 1 && attributeLabels.stream().anyMatch(label -> lines.get(0).startsWith(label + "："))) {
            lines.remove(0); // the attributes, read back as such by the client from the service definition
        }
        Optional<String> media = trailing(lines, RequestFiling.MEDIA_LINE);
        Optional<String> location = trailing(lines, RequestFiling.LOCATION_LINE);
        Optional<String> addressId = trailing(lines, RequestFiling.ADDRESS_ID_LINE);
        Optional<String> address = trailing(lines, RequestFiling.ADDRESS_LINE);
        String words = String.join("\n", lines).strip();
        Optional<String> description = words.isEmpty() || words.equals(categoryLabel.zh()) || words.equals(categoryLabel.en())
                ? Optional.empty() : Optional.of(words);
        Optional<String> lat = location.filter(l -> l.contains(",")).map(l -> l.substring(0, l.indexOf(',')));
        Optional<String> lon = location.filter(l -> l.contains(",")).map(l -> l.substring(l.indexOf(',') + 1));
        return new Filed(description, address, addressId, lat, lon, media);
    }

    private static Optional<String> trailing(List<String> lines, String prefix) {
        if (lines.size() > 1 && lines.get(lines.size() - 1).startsWith(prefix)) {
            return Optional.of(lines.remove(lines.size() - 1).substring(prefix.length()));
        }
        return Optional.empty();
    }
}
