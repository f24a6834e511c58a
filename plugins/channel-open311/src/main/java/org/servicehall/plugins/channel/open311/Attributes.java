package org.servicehall.plugins.channel.open311;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.servicehall.plugin.api.category.FormField;
import org.servicehall.plugin.api.channel.ChannelCategory;

/** A service request's {@code attribute[code]} arguments: the values of the category's form fields. */
final class Attributes {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]*)\\](\\[\\])?");

    private Attributes() {
    }

    /**
     * {@code attribute[code]=value} for the attributes the service definition names; others are
     * ignored, as a client may send what another city's definition asked for. A date or datetime
     * keeps its date.
     */
    static Map<String, String> of(Map<String, List<String>> arguments, ChannelCategory category,
                                                  List<String> problems) {
        Set<String> named = category.fields().stream().map(FormField::code).collect(Collectors.toSet());
        Map<String, String> attributes = new LinkedHashMap<>();
        arguments.forEach((name, values) -> {
            Matcher m = ATTRIBUTE.matcher(name);
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
}
