package org.servicehall.plugins.channel.open311;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.servicehall.plugin.api.common.LocalizedText;

/** How GeoReport shows times (w3, with the hall's offset) and names (in the client's language). */
final class Wording {

    private Wording() {
    }

    static String w3(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String text(LocalizedText text, boolean english) {
        return english ? text.en() : text.zh();
    }
}
