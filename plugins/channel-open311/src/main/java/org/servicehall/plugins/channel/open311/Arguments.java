package org.servicehall.plugins.channel.open311;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicehall.plugin.api.channel.ChannelRequest;

/** A GeoReport request's arguments: from the query string and a form-encoded body, read as the specification says. */
final class Arguments {

    private Arguments() {
    }

    /** The query string's arguments, and for POST those of the form-encoded body (which win). */
    static Map<String, List<String>> parse(ChannelRequest request) throws Refused {
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
    static Optional<String> argument(Map<String, List<String>> arguments, String name) {
        List<String> values = arguments.get(name);
        return values == null ? Optional.empty()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst();
    }

    static Optional<Instant> date(Map<String, List<String>> arguments, String name) throws Refused {
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

    static Set<String> list(String commaDelimited) {
        return Arrays.stream(commaDelimited.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
