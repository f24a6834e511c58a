package org.servicehall.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstantAttributeConverterTest {

    private static final List<String> ZONES =
            List.of("UTC", "Asia/Shanghai", "America/New_York", "Europe/Berlin", "Pacific/Kiritimati");

    private final InstantAttributeConverter converter = new InstantAttributeConverter();
    private TimeZone original;

    @BeforeEach
    void rememberDefaultZone() {
        original = TimeZone.getDefault();
    }

    @AfterEach
    void restoreDefaultZone() {
        TimeZone.setDefault(original);
    }

    @Test
    void null_converts_to_null_both_ways() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void an_instant_survives_the_round_trip() {
        Instant instant = Instant.parse("2026-11-28T02:15:30.123456789Z");
        assertEquals(instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)));
    }

    @Test
    void the_stored_timestamp_is_the_utc_wall_clock_time_in_any_default_zone() {
        Instant instant = Instant.parse("2026-11-28T23:45:00.5Z");
        for (String zone : ZONES) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));

            Timestamp stored = converter.convertToDatabaseColumn(instant);

            assertEquals(LocalDateTime.of(2026, 11, 28, 23, 45, 0, 500_000_000), stored.toLocalDateTime(), zone);
            assertEquals("2026-11-28 23:45:00.5", stored.toString(), zone);
        }
    }

    @Test
    void a_stored_timestamp_is_read_as_utc_wall_clock_time_in_any_default_zone() {
        for (String zone : ZONES) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));

            Instant read = converter.convertToEntityAttribute(Timestamp.valueOf("2026-07-01 08:00:00"));

            assertEquals(Instant.parse("2026-07-01T08:00:00Z"), read, zone);
        }
    }

    @Test
    void the_round_trip_does_not_depend_on_the_default_zone() {
        Instant instant = Instant.parse("2026-07-01T12:00:00Z");
        for (String zone : ZONES) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            assertEquals(instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)), zone);
        }
    }

    @Test
    void a_stored_instant_written_in_one_zone_is_read_back_the_same_in_another() {
        Instant instant = Instant.parse("2026-01-15T18:30:00Z");
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        // The JDBC driver writes the wall-clock fields of the timestamp in the writer's zone.
        String column = converter.convertToDatabaseColumn(instant).toString();
        // Another server, another zone, reads the same column value.
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));

        assertEquals(instant, converter.convertToEntityAttribute(Timestamp.valueOf(column)));
    }
}
